package org.dispatches.index;

import java.io.IOException;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexWriter;
import org.dispatches.extract.Article;
import org.dispatches.index.copies.CopyGroups;

/**
 * A push's batch written into the Lucene index of a running server: as a corpus run's writes,
 * except that it replaces reports by id (the index already holds reports), never commits on the
 * way, and commits once at the end, before the push answers, when it wrote anything. One thread
 * prepares and writes: a push is at most a few megabytes, and the server's other threads serve
 * searches.
 */
final class PushBatchSink implements IndexSink<LuceneSink.Prepared> {
  private final IndexWriter writer;
  /** This push's own: concurrent pushes share the writer and copy groups, not their outcomes. */
  private final LuceneSink lucene;

  PushBatchSink(IndexWriter writer, CopyGroups copies) {
    this.writer = writer;
    this.lucene = new LuceneSink(writer, copies, false, 0);
  }

  @Override
  public void open(WriteOutcomes outcomes) {
    lucene.open(outcomes);
  }

  @Override
  public LuceneSink.Prepared prepare(Article article) {
    return lucene.prepare(article);
  }

  @Override
  public void write(Extracted<LuceneSink.Prepared> extracted) throws IOException {
    lucene.write(extracted);
  }

  @Override
  public void finish(Supplier<IndexSummary> summary) throws IOException {
    if (summary.get().indexed() > 0) writer.commit();
  }

  @Override
  public int writingThreads(int threads) {
    return 0;
  }
}
