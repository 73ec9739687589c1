package org.dispatches.index;

import java.io.IOException;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.dispatches.extract.Article;
import org.dispatches.index.copies.CopyGroups;
import org.dispatches.index.copies.CopySignature;
import org.dispatches.index.copies.CopySignatures;
import org.dispatches.ingest.SourceLocation;

/**
 * An indexing run's writes into the Lucene index: each report joins its copy group as it is
 * written, replaces any report with its id, and is committed on a schedule and at the end, so that
 * a crash loses only the uncommitted tail and a rerun completes it.
 */
public final class LuceneSink implements IndexSink<LuceneSink.Prepared> {
  private final IndexWriter writer;
  /** Copy groups of every report in the index, kept up to date by each write. */
  private final CopyGroups copies;

  private final ArticleDocuments documents = new ArticleDocuments();
  private final CopySignatures signatures = new CopySignatures();
  /**
   * Adds without deleting by id first: right for a run into an index still empty from a rebuild, as
   * the run lets each id in once; the deletes would cost memory and time for nothing.
   */
  private final boolean appendOnly;

  private final long commitEveryNanos;
  private long lastCommit = System.nanoTime();
  private WriteOutcomes outcomes;

  /** A report's document and copy signature, built on a preparing thread. */
  public record Prepared(Document document, CopySignature signature) {}

  /**
   * @param commitEverySeconds how often the run commits on the way; 0 only at the end
   */
  LuceneSink(IndexWriter writer, CopyGroups copies, boolean appendOnly, double commitEverySeconds) {
    this.writer = writer;
    this.copies = copies;
    this.appendOnly = appendOnly;
    this.commitEveryNanos = (long) (commitEverySeconds * 1e9);
  }

  @Override
  public void open(WriteOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public Prepared prepare(Article article) {
    return new Prepared(documents.toDocument(article), signatures.of(article));
  }

  @Override
  public void write(Extracted<Prepared> extracted) throws IOException {
    SourceLocation where = extracted.where();
    try {
      write(extracted.id(), extracted.document());
      outcomes.indexed(where);
    } catch (IllegalArgumentException e) {
      // a document Lucene refuses (a term too long, say) costs that report; the index is unharmed
      outcomes.failed(where, "could not index: " + e.getMessage());
    }
  }

  /** Writes one report; a report Lucene refuses leaves the copy groups as they were, and throws. */
  void write(String id, Prepared prepared) throws IOException {
    Document document = prepared.document();
    ArticleDocuments.addCopyFields(
        document, id, prepared.signature(), copies.assign(id, prepared.signature()));
    try {
      if (appendOnly) writer.addDocument(document);
      else writer.updateDocument(new Term(Fields.ID, id), document);
    } catch (IOException | RuntimeException e) {
      copies.forget(id);
      throw e;
    }
  }

  /** Commits on schedule; a commit while workers write is safe: it holds what was added before it. */
  @Override
  public void tick() throws IOException {
    if (commitEveryNanos <= 0) return;
    long now = System.nanoTime();
    if (now - lastCommit > commitEveryNanos) {
      writer.commit();
      lastCommit = System.nanoTime();
    }
  }

  @Override
  public void finish(Supplier<IndexSummary> summary) throws IOException {
    writer.commit();
  }
}
