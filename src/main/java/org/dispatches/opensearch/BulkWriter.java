package org.dispatches.opensearch;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dispatches.index.WriteOutcomes;
import org.dispatches.ingest.SourceLocation;

/**
 * Sends documents to the cluster's bulk API in batches, with at most {@code maxInFlight} requests
 * outstanding (a caller blocks while that many are), retries with doubling back-off when the
 * cluster is busy or a node is briefly away, and reports every document's outcome: acknowledged
 * by the cluster, or failed with the cluster's reason. None is dropped without a word.
 */
final class BulkWriter implements Closeable {
  private final ClusterHttp http;
  private final String bulkPath;
  private final BulkOptions options;
  private final WriteOutcomes outcomes;
  private final Semaphore inFlight;
  private final ExecutorService senders;
  private final AtomicLong retries = new AtomicLong();
  private volatile String unreachable;
  private List<Item> batch = new ArrayList<>();
  private int batchBytes;

  BulkWriter(ClusterHttp http, String index, BulkOptions options, WriteOutcomes outcomes) {
    this.http = http;
    this.bulkPath = "/" + index + "/_bulk";
    this.options = options;
    this.outcomes = outcomes;
    this.inFlight = new Semaphore(options.maxInFlight());
    this.senders = Executors.newFixedThreadPool(
        options.maxInFlight(),
        Thread.ofPlatform().name("bulk-sender").daemon(true).factory());
  }

  /** Queues the document with id {@code id}; blocks while the in-flight limit is reached. */
  synchronized void add(String id, JsonObject document, SourceLocation where) throws IOException {
    JsonObject meta = new JsonObject();
    JsonObject action = new JsonObject();
    action.addProperty("_id", id);
    meta.add("index", action);
    String lines = meta + "\n" + document + "\n";
    batch.add(new Item(lines, where));
    batchBytes += lines.length();
    if (batch.size() >= options.maxDocs() || batchBytes >= options.maxBytes()) flush();
  }

  /** How many times a request or some of its items were sent again. */
  long retries() {
    return retries.get();
  }

  /** Sends what is queued and waits until every request has its answer. */
  @Override
  public void close() throws IOException {
    synchronized (this) {
      flush();
    }
    try {
      inFlight.acquire(options.maxInFlight());
      inFlight.release(options.maxInFlight());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for bulk requests");
    } finally {
      senders.shutdown();
    }
  }

  /** Why the cluster stopped answering during this run, or null: later batches fail at once with it. */
  String unreachable() {
    return unreachable;
  }

  private void flush() throws IOException {
    if (batch.isEmpty()) return;
    List<Item> toSend = batch;
    batch = new ArrayList<>();
    batchBytes = 0;
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to send a bulk request");
    }
    senders.execute(() -> {
      try {
        send(toSend);
      } finally {
        inFlight.release();
      }
    });
  }

  private void send(List<Item> items) {
    List<Item> pending = items;
    for (int attempt = 0; ; attempt++) {
      if (unreachable != null) {
        failAll(pending, "not sent: " + unreachable);
        return;
      }
      String failure;
      try {
        ClusterHttp.Reply reply = http.sendNdjson(bulkPath, body(pending));
        if (reply.ok()) {
          pending = settle(pending, reply.json());
          if (pending.isEmpty()) return;
          failure = "still refused as busy (429)";
        } else if (reply.retryable()) {
          failure = "HTTP " + reply.status() + ": " + reply.reason();
        } else {
          failAll(pending, "bulk request refused: HTTP " + reply.status() + ": " + reply.reason());
          return;
        }
      } catch (IOException e) {
        failure = e.getMessage();
        if (attempt >= options.maxRetries()) unreachable = failure;
      }
      if (attempt >= options.maxRetries()) {
        failAll(pending, "not acknowledged after " + (attempt + 1) + " attempts: " + failure);
        return;
      }
      retries.incrementAndGet();
      if (!sleep(options.firstBackoff().toMillis() << attempt)) {
        failAll(pending, "interrupted before the cluster acknowledged it");
        return;
      }
    }
  }

  /** Counts each item's outcome; returns the items to send again (refused as busy). */
  private List<Item> settle(List<Item> sent, JsonObject response) {
    List<Item> again = new ArrayList<>();
    var results = response.getAsJsonArray("items");
    for (int i = 0; i < sent.size(); i++) {
      JsonObject result = results == null || i >= results.size()
          ? null
          : results
              .get(i)
              .getAsJsonObject()
              .entrySet()
              .iterator()
              .next()
              .getValue()
              .getAsJsonObject();
      int status = result == null ? 0 : result.get("status").getAsInt();
      if (status >= 200 && status < 300) {
        outcomes.indexed(sent.get(i).where());
      } else if (status == 429) {
        again.add(sent.get(i));
      } else {
        outcomes.failed(sent.get(i).where(), "rejected by OpenSearch: " + itemReason(result));
      }
    }
    return again;
  }

  private static String itemReason(JsonObject result) {
    if (result == null) return "no answer for this item";
    JsonElement error = result.get("error");
    if (error == null || !error.isJsonObject()) return "status " + result.get("status");
    JsonObject e = error.getAsJsonObject();
    return (e.has("type") ? e.get("type").getAsString() : "error")
        + (e.has("reason") ? ": " + e.get("reason").getAsString() : "");
  }

  private void failAll(List<Item> items, String reason) {
    for (Item item : items) outcomes.failed(item.where(), reason);
  }

  private static String body(List<Item> items) {
    StringBuilder sb = new StringBuilder();
    for (Item item : items) sb.append(item.lines());
    return sb.toString();
  }

  private static boolean sleep(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** One document's action and source lines, and where its report came from. */
  private record Item(String lines, SourceLocation where) {}
}
