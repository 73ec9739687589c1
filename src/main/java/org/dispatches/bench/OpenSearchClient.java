package org.dispatches.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.dispatches.extract.FigureKind;

/**
 * Talks to an OpenSearch node over loopback: creates the bench index, loads the extracted reports
 * through {@code _bulk}, and runs tasks as query DSL.
 */
final class OpenSearchClient implements QueryClient {
  static final String INDEX = "dispatches-bench";
  /** Bulk bodies of about this size, as OpenSearch's own guidance suggests. */
  static final int BULK_BYTES = 5 * 1024 * 1024;
  private static final String END = "";

  private final HttpClient http = HttpApiClient.newHttp();
  private final String base;

  OpenSearchClient(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  @Override
  public long run(QueryTask task) throws Exception {
    String body = LoopbackHttp.postJson(base + "/" + INDEX + "/_search", OpenSearchQuery.of(task).toString());
    JsonObject response = JsonParser.parseString(body).getAsJsonObject();
    return response.getAsJsonObject("hits").getAsJsonObject("total").get("value").getAsLong();
  }

  /** Recreates the index: 1 shard, 0 replicas, no refresh while loading, analysis like Dispatches' English text. */
  void createIndex() throws IOException, InterruptedException {
    HttpResponse<String> gone = http.send(request("DELETE", "/" + INDEX, null, null), HttpResponse.BodyHandlers.ofString());
    if (gone.statusCode() != 200 && gone.statusCode() != 404) throw new IOException("cannot delete index: " + gone.body());
    send("PUT", "/" + INDEX, mapping(), "application/json");
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
        String id = JsonParser.parseString(line).getAsJsonObject().get(OpenSearchDocs.ID).getAsString();
        body.append("{\"index\":{\"_id\":\"").append(id).append("\"}}\n").append(line).append('\n');
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
    send("POST", "/" + INDEX + "/_refresh", null, null);
    return docs;
  }

  private long sendBodies(BlockingQueue<String> bodies) throws Exception {
    long docs = 0;
    for (String body = bodies.take(); !body.equals(END); body = bodies.take()) {
      JsonObject result = send("POST", "/" + INDEX + "/_bulk", body, "application/x-ndjson");
      if (result.get("errors").getAsBoolean()) {
        throw new IOException("bulk request had errors; first item: " + result.getAsJsonArray("items").get(0));
      }
      docs += result.getAsJsonArray("items").size();
    }
    return docs;
  }

  /** Bytes the index's primary shard holds on disk. */
  long storeBytes() throws IOException, InterruptedException {
    JsonObject stats = send("GET", "/" + INDEX + "/_stats/store", null, null);
    return stats.getAsJsonObject("_all").getAsJsonObject("primaries").getAsJsonObject("store")
        .get("size_in_bytes").getAsLong();
  }

  /** Turns periodic refresh back on after loading, as a serving index would have it. */
  void restoreRefresh() throws IOException, InterruptedException {
    send("PUT", "/" + INDEX + "/_settings", "{\"index\":{\"refresh_interval\":null}}", "application/json");
  }

  /** Whether the node answers at all. */
  boolean reachable() {
    try {
      return http.send(request("GET", "/", null, null), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** The node's version string. */
  String version() throws IOException, InterruptedException {
    return send("GET", "/", null, null).getAsJsonObject("version").get("number").getAsString();
  }

  private JsonObject send(String method, String path, String body, String type) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request(method, path, body, type), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      throw new IOException("OpenSearch " + method + " " + path + " -> " + r.statusCode() + ": " + abbreviate(r.body()));
    }
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  private HttpRequest request(String method, String path, String body, String type) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (type != null) b.header("Content-Type", type);
    return b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
  }

  private static String mapping() {
    StringBuilder figures = new StringBuilder();
    for (FigureKind k : FigureKind.values()) figures.append(",\"").append(k.id()).append("\":{\"type\":\"long\"}");
    String text = "{\"type\":\"text\",\"analyzer\":\"dispatches_english\",\"index_options\":\"offsets\"}";
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

  private static String abbreviate(String s) {
    return s.length() > 500 ? s.substring(0, 500) + "..." : s;
  }
}
