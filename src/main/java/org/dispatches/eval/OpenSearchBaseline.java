package org.dispatches.eval;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The evaluation's baseline: the same collection in a running OpenSearch node, {@code english}
 * analyzer and default BM25 on the body (TIME articles have no title), queried with {@code match}.
 */
public final class OpenSearchBaseline implements Ranker {
  private static final String INDEX = "time63";
  private static final Gson GSON = new Gson();

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI base;

  private OpenSearchBaseline(URI base) {
    this.base = base;
  }

  /** Whether a node answers at {@code base} within a second. */
  public static boolean reachable(URI base) {
    HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    try {
      HttpRequest request = HttpRequest.newBuilder(base).timeout(Duration.ofSeconds(1)).GET().build();
      return probe.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** (Re)creates the index on the node at {@code base} and loads {@code collection} into it. */
  public static OpenSearchBaseline index(URI base, TestCollection collection) throws IOException {
    OpenSearchBaseline os = new OpenSearchBaseline(base);
    os.send("DELETE", "/" + INDEX, null, 404);
    JsonObject body = new JsonObject();
    body.add("settings", GSON.toJsonTree(Map.of("number_of_shards", 1, "number_of_replicas", 0)));
    body.add("mappings", GSON.toJsonTree(Map.of("properties", Map.of(
        "body", Map.of("type", "text", "analyzer", "english"),
        "date", Map.of("type", "date")))));
    os.send("PUT", "/" + INDEX, body.toString(), 0);
    StringBuilder bulk = new StringBuilder();
    for (TestCollection.Document d : collection.documents()) {
      bulk.append(GSON.toJson(Map.of("index", Map.of("_index", INDEX, "_id", d.id())))).append('\n');
      bulk.append(GSON.toJson(Map.of("body", d.text(), "date", d.date()))).append('\n');
    }
    JsonObject result = os.send("POST", "/_bulk", bulk.toString(), 0);
    if (result.get("errors").getAsBoolean()) throw new IOException("OpenSearch rejected part of the bulk load");
    os.send("POST", "/" + INDEX + "/_refresh", null, 0);
    return os;
  }

  @Override
  public String name() {
    return "opensearch";
  }

  @Override
  public List<String> rank(String query, int depth) throws IOException {
    JsonObject search = new JsonObject();
    search.addProperty("size", depth);
    search.addProperty("_source", false);
    search.add("query", GSON.toJsonTree(Map.of("match", Map.of("body", query))));
    JsonArray hits = send("POST", "/" + INDEX + "/_search", search.toString(), 0)
        .getAsJsonObject("hits").getAsJsonArray("hits");
    List<String> ids = new ArrayList<>();
    for (JsonElement hit : hits) ids.add(hit.getAsJsonObject().get("_id").getAsString());
    return ids;
  }

  /** Sends a request; a status >= 300 other than {@code tolerated} is an error with OpenSearch's message. */
  private JsonObject send(String method, String path, String json, int tolerated) throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    if (json == null) b.method(method, HttpRequest.BodyPublishers.noBody());
    else b.method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
    try {
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() >= 300 && r.statusCode() != tolerated) {
        throw new IOException("OpenSearch " + method + " " + path + " -> " + r.statusCode() + ": " + r.body());
      }
      return GSON.fromJson(r.body(), JsonObject.class);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
