package org.dispatches.bench;

/**
 * One indexing (or extraction) pass over the corpus.
 *
 * @param textBytes raw text (titles and bodies) the pass consumed
 * @param indexBytes size of the index it wrote; 0 when it wrote none
 * @param peakHeapBytes the largest heap occupancy after a collection during the pass ({@link HeapWatch}); 0 when not measured in this JVM
 */
public record IndexingResult(
    String name, long docs, double seconds, long textBytes, long indexBytes, long peakHeapBytes) {

  public double docsPerSecond() {
    return docs / seconds;
  }

  public double megabytesPerSecond() {
    return textBytes / 1e6 / seconds;
  }

  /** Index size as a multiple of the raw text size. */
  public double sizeRatio() {
    return textBytes == 0 ? 0 : (double) indexBytes / textBytes;
  }
}
