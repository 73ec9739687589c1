package org.dispatches.index;

/**
 * How an indexing run writes.
 *
 * @param rebuild start from an empty index instead of updating the existing one
 * @param threads worker threads: with two or more, half write and the rest extract ({@link IndexingStages})
 * @param ramBufferMb memory for buffered documents before a segment is flushed
 * @param commitEverySeconds how often a long run commits, so a crash loses at most that much
 *     work (a rerun redoes it: ids make indexing idempotent); 0 commits only at the end
 */
public record IndexingOptions(
    boolean rebuild, int threads, double ramBufferMb, double commitEverySeconds) {
  /** The default commit interval: a crash costs at most this much work. */
  public static final double DEFAULT_COMMIT_SECONDS = 30;

  public IndexingOptions(boolean rebuild, int threads, double ramBufferMb) {
    this(rebuild, threads, ramBufferMb, DEFAULT_COMMIT_SECONDS);
  }

  public static IndexingOptions defaults() {
    return new IndexingOptions(false, Math.max(1, Runtime.getRuntime().availableProcessors()), 128);
  }

  public IndexingOptions withRebuild(boolean rebuild) {
    return new IndexingOptions(rebuild, threads, ramBufferMb, commitEverySeconds);
  }

  public IndexingOptions withThreads(int threads) {
    return new IndexingOptions(rebuild, Math.max(1, threads), ramBufferMb, commitEverySeconds);
  }

  public IndexingOptions withCommitEvery(double seconds) {
    return new IndexingOptions(rebuild, threads, ramBufferMb, Math.max(0, seconds));
  }
}
