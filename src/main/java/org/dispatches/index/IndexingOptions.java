package org.dispatches.index;

/**
 * How an indexing run writes.
 *
 * @param rebuild start from an empty index instead of updating the existing one
 * @param threads extraction and writing threads
 * @param ramBufferMb memory for buffered documents before a segment is flushed
 */
public record IndexingOptions(boolean rebuild, int threads, double ramBufferMb) {

  public static IndexingOptions defaults() {
    return new IndexingOptions(false, Math.max(1, Runtime.getRuntime().availableProcessors()), 128);
  }

  public IndexingOptions withRebuild(boolean rebuild) {
    return new IndexingOptions(rebuild, threads, ramBufferMb);
  }
}
