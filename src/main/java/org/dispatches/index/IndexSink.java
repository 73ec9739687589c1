package org.dispatches.index;

import java.io.IOException;
import java.util.function.Supplier;
import org.dispatches.extract.Article;

/**
 * Where an {@link IndexingRun} puts what it extracted: the Lucene writer, the OpenSearch bulk
 * writer, a push's batch. The run reads, drops duplicates, extracts and counts; a sink only turns
 * an article into its document, writes it and reports each write's outcome. One sink serves one run.
 *
 * @param <D> the sink's document, built on a preparing thread so that writing threads only write
 */
public interface IndexSink<D> {
  /** Called once, before the first report is read: where each write's outcome is to be told. */
  void open(WriteOutcomes outcomes) throws IOException;

  /** Builds the document of an extracted report; on a preparing thread, concurrently with others. */
  D prepare(Article article);

  /**
   * Writes a document and tells its outcome now or later (a bulk request answers later). An
   * IOException stops the run: the sink can take no more.
   */
  void write(Extracted<D> extracted) throws IOException;

  /** Called on the reading thread after each record: the place for work on a schedule (commits). */
  default void tick() throws IOException {}

  /** Why the sink can take no more reports (read no further), or null while it can. */
  default String stopReason() {
    return null;
  }

  /**
   * Called after the last write: waits for every outcome, then makes the run durable and visible
   * (a commit, a refresh). {@code summary} gives the run's counts once every outcome is in, for a
   * sink that must fail the run with what was done.
   */
  void finish(Supplier<IndexSummary> summary) throws IOException;

  /**
   * How many of a run's {@code threads} write rather than prepare; with none, the preparing
   * threads write (see {@link IndexingStages}).
   */
  default int writingThreads(int threads) {
    return IndexingStages.writersOf(threads);
  }
}
