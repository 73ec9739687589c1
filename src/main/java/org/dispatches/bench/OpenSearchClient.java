package org.dispatches.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dispatches.extract.figures.FigureKind;
import org.dispatches.opensearch.ClusterException;
import org.dispatches.opensearch.ClusterHttp;

/**
 * Talks to an OpenSearch node over loopback: creates the bench index, loads the extracted reports
 * through {@code _bulk} ({@link ClusterHttp}, the cluster client of the back end), and runs tasks
 * as query DSL over {@link LoopbackHttp}, the blocking client both systems' queries are timed with.
 */
final class OpenSearchClient implements QueryClient {
  static final String INDEX = "dispatches-bench";
  /** Bulk bodies of about this size, as OpenSearch's own guidance suggests. */
  static final int BULK_BYTES = 5 * 1024 * 1024;

  private static final String END = "";

  private final ClusterHttp http;
  private final String base;

  OpenSearchClient(String url) {
    this.http = ClusterHttp.to(url);
    this.base = http.url();
  }

  @Override
  public long run(QueryTask task) throws Exception {
    String body = LoopbackHttp.postJson(
        base + "/" + INDEX + "/_search", OpenSearchQuery.of(task).toString());
    JsonObject response = JsonParser.parseString(body).getAsJsonObject();
    return response
        .getAsJsonObject("hits")
        .getAsJsonObject("total")
        .get("value")
        .getAsLong();
  }

  /** Recreates the index: 1 shard, 0 replicas, no refresh while loading, analysis like Dispatches' English text. */
  void createIndex() throws IOException {
    ClusterHttp.Reply gone = http.send("DELETE", "/" + INDEX, null);
    if (!gone.ok() && gone.status() != 404)
      throw new ClusterException("DELETE /" + INDEX, gone.status(), gone.reason());
    http.expectOk("PUT", "/" + INDEX, JsonParser.parseString(mapping()));
  }

  /** Loads every document of {@code docsFile} (one JSON per line) with {@code streams} parallel bulk streams. */
  long bulkLoad(Path docsFile, int streams) throws Exception {
    BlockingQueue<String> bodies = new ArrayBlockingQueue<>(streams * 2);
    ExecutorService senders = Executors.newFixedThreadPool(streams);
    List<Future<Long>> sent = new ArrayList<>();
    for (int i = 0; i < streams; i++) sent.add(senders.submit(() -> sendBodies(bodies)));
    try (BufferedReader in = Files.newBufferedReader(docsFile, StandardCharsets.UTF_8)) {
      StringBuilder body = new StringBuilder(BULK_BYTES + 65536);
      String line;
      while ((line = in.readLine()) != null) {
        String id = JsonParser.parseString(line)
            .getAsJsonObject()
            .get(OpenSearchDocs.ID)
            .getAsString();
        body.append("{\"index\":{\"_id\":\"")
            .append(id)
            .append("\"}}\n")
            .append(line)
            .append('\n');
        if (body.length() >= BULK_BYTES) {
          bodies.put(body.toString());
          body.setLength(0);
        }
      }
      if (!body.isEmpty()) bodies.put(body.toString());
    } finally {
      for (int i = 0; i < streams; i++) bodies.put(END);
      senders.shutdown();
    }
    long docs = 0;
    for (Future<Long> f : sent) docs += f.get();
    http.expectOk("POST", "/" + INDEX + "/_refresh", null);
    return docs;
  }

  private long sendBodies(BlockingQueue<String> bodies) throws Exception {
    long docs = 0;
    for (String body = bodies.take(); !body.equals(END); body = bodies.take()) {
      ClusterHttp.Reply reply = http.sendNdjson("/" + INDEX + "/_bulk", body);
      if (!reply.ok())
        throw new ClusterException("POST /" + INDEX + "/_bulk", reply.status(), reply.reason());
      JsonObject result = reply.json();
      if (result.get("errors").getAsBoolean()) {
        throw new IOException("bulk request had errors; first item: "
            + result.getAsJsonArray("items").get(0));
      }
      docs += result.getAsJsonArray("items").size();
    }
    return docs;
  }

  /** Bytes the index's primary shard holds on disk. */
  long storeBytes() throws IOException {
    JsonObject stats = http.expectOk("GET", "/" + INDEX + "/_stats/store", null);
    return stats
        .getAsJsonObject("_all")
        .getAsJsonObject("primaries")
        .getAsJsonObject("store")
        .get("size_in_bytes")
        .getAsLong();
  }

  /** Turns periodic refresh back on after loading, as a serving index would have it. */
  void restoreRefresh() throws IOException {
    http.expectOk(
        "PUT",
        "/" + INDEX + "/_settings",
        JsonParser.parseString("{\"index\":{\"refresh_interval\":null}}"));
  }

  /** Whether the node answers at all. */
  boolean reachable() {
    try {
      return http.send("GET", "/", null).ok();
    } catch (IOException e) {
      return false;
    }
  }

  /** The node's version string. */
  String version() throws IOException {
    return http.expectOk("GET", "/", null)
        .getAsJsonObject("version")
        .get("number")
        .getAsString();
  }

  private static String mapping() {
    StringBuilder figures = new StringBuilder();
    for (FigureKind k : FigureKind.values())
      figures.append(",\"").append(k.id()).append("\":{\"type\":\"long\"}");
    String text =
        "{\"type\":\"text\",\"analyzer\":\"dispatches_english\",\"index_options\":\"offsets\"}";
    return "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0,\"refresh_interval\":\"-1\","
        + "\"analysis\":{\"filter\":{\"english_possessive\":{\"type\":\"stemmer\",\"language\":\"possessive_english\"},"
        + "\"english_stop\":{\"type\":\"stop\",\"stopwords\":\"_english_\"}},"
        + "\"analyzer\":{\"dispatches_english\":{\"tokenizer\":\"standard\","
        + "\"filter\":[\"english_possessive\",\"lowercase\",\"asciifolding\",\"english_stop\",\"porter_stem\"]}}}},"
        + "\"mappings\":{\"dynamic\":\"strict\",\"properties\":{\"id\":{\"type\":\"keyword\"},"
        + "\"title\":" + text + ",\"body\":" + text + ",\"outlet\":{\"type\":\"keyword\"},"
        + "\"actors\":{\"type\":\"keyword\"},\"date\":{\"type\":\"date\",\"format\":\"yyyy-MM-dd\"},"
        + "\"figure_kinds\":{\"type\":\"keyword\"}" + figures + "}}}";
  }
}
