package org.dispatches.opensearch;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.function.Supplier;
import org.dispatches.extract.Article;
import org.dispatches.index.Extracted;
import org.dispatches.index.IndexSink;
import org.dispatches.index.IndexSummary;
import org.dispatches.index.WriteOutcomes;
import org.dispatches.index.copies.CopyGroups;
import org.dispatches.index.copies.CopySignature;
import org.dispatches.index.copies.CopySignatures;

/**
 * An indexing run's writes into an OpenSearch index, in bulk: a report counts as indexed only once
 * the cluster acknowledged it. The index gets no refreshes while it loads (one at the end makes
 * everything searchable at once); a cluster gone away stops the run with what was done.
 */
final class OpenSearchBulkSink implements IndexSink<OpenSearchBulkSink.Prepared> {
  private final ClusterHttp http;
  private final ClusterSettings settings;
  private final BulkOptions bulk;
  private final boolean rebuild;
  private final ClusterDocuments documents = new ClusterDocuments();
  private final CopySignatures signatures = new CopySignatures();
  /** Copy groups of the index, as read when the run opens and as each report is judged. */
  private CopyGroups copies;

  private BulkWriter writer;

  /** A report's JSON source and copy signature, built on a preparing thread. */
  record Prepared(JsonObject document, CopySignature signature) {}

  OpenSearchBulkSink(
      ClusterHttp http, ClusterSettings settings, BulkOptions bulk, boolean rebuild) {
    this.http = http;
    this.settings = settings;
    this.bulk = bulk;
    this.rebuild = rebuild;
  }

  /** Checks the cluster answers, makes (or replaces) the index and turns its refreshes off. */
  @Override
  public void open(WriteOutcomes outcomes) throws IOException {
    ClusterHealth.ping(http);
    IndexTemplate.ensure(http, settings, rebuild);
    http.expectOk("PUT", "/" + settings.index() + "/_settings", refreshInterval("-1"));
    copies = rebuild ? CopyGroups.empty() : ClusterCopyGroups.load(http, settings.index());
    writer = new BulkWriter(http, settings.index(), bulk, outcomes);
  }

  @Override
  public Prepared prepare(Article article) {
    return new Prepared(documents.toDocument(article), signatures.of(article));
  }

  @Override
  public void write(Extracted<Prepared> extracted) throws IOException {
    String id = extracted.id();
    CopySignature signature = extracted.document().signature();
    JsonObject document = extracted.document().document();
    ClusterDocuments.addCopyFields(document, id, signature, copies.assign(id, signature));
    writer.add(id, document, extracted.where());
  }

  @Override
  public String stopReason() {
    return writer.unreachable();
  }

  /**
   * Queueing a document for the bulk writer is cheap and its sending threads are its own, so the
   * preparing threads write: every worker extracts.
   */
  @Override
  public int writingThreads(int threads) {
    return 0;
  }

  @Override
  public void finish(Supplier<IndexSummary> summary) throws IOException {
    writer.close();
    if (writer.unreachable() != null) {
      // the run stopped early: say so with what was done, rather than a summary that looks complete
      throw new ClusterUnreachableException(
          http.url(),
          new IOException(
              writer.unreachable() + "; the run stopped after: " + summary.get().line()));
    }
    http.expectOk("PUT", "/" + settings.index() + "/_settings", refreshInterval(null));
    http.expectOk("POST", "/" + settings.index() + "/_refresh", null);
  }

  private static JsonObject refreshInterval(String value) {
    JsonObject index = new JsonObject();
    if (value == null) index.add("refresh_interval", JsonNull.INSTANCE);
    else index.addProperty("refresh_interval", value);
    JsonObject body = new JsonObject();
    body.add("index", index);
    return body;
  }
}
