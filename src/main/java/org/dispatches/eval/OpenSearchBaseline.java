package org.dispatches.eval;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dispatches.json.Json;
import org.dispatches.opensearch.ClusterException;
import org.dispatches.opensearch.ClusterHttp;

/**
 * The evaluation's baseline: the same collection in a running OpenSearch node, {@code english}
 * analyzer and default BM25 on the body (TIME articles have no title), queried with {@code match}.
 */
public final class OpenSearchBaseline implements Ranker {
  private static final String INDEX = "time63";
  private static final Gson GSON = Json.records();

  private final ClusterHttp http;

  private OpenSearchBaseline(URI base) {
    this.http = ClusterHttp.to(base.toString());
  }

  /** Whether a node answers at {@code base} within a second. */
  public static boolean reachable(URI base) {
    try {
      return new ClusterHttp(base.toString(), Duration.ofSeconds(1), Duration.ofSeconds(1))
          .send("GET", "/", null)
          .ok();
    } catch (IOException e) {
      return false;
    }
  }

  /** (Re)creates the index on the node at {@code base} and loads {@code collection} into it. */
  public static OpenSearchBaseline index(URI base, TestCollection collection) throws IOException {
    OpenSearchBaseline os = new OpenSearchBaseline(base);
    ClusterHttp.Reply gone = os.http.send("DELETE", "/" + INDEX, null);
    if (!gone.ok() && gone.status() != 404)
      throw new ClusterException("DELETE /" + INDEX, gone.status(), gone.reason());
    JsonObject body = new JsonObject();
    body.add("settings", GSON.toJsonTree(Map.of("number_of_shards", 1, "number_of_replicas", 0)));
    body.add(
        "mappings",
        GSON.toJsonTree(Map.of(
            "properties",
            Map.of(
                "body", Map.of("type", "text", "analyzer", "english"),
                "date", Map.of("type", "date")))));
    os.http.expectOk("PUT", "/" + INDEX, body);
    StringBuilder bulk = new StringBuilder();
    for (TestCollection.Document d : collection.documents()) {
      bulk.append(GSON.toJson(Map.of("index", Map.of("_index", INDEX, "_id", d.id()))))
          .append('\n');
      bulk.append(GSON.toJson(Map.of("body", d.text(), "date", d.date()))).append('\n');
    }
    ClusterHttp.Reply loaded = os.http.sendNdjson("/_bulk", bulk.toString());
    if (!loaded.ok()) throw new ClusterException("POST /_bulk", loaded.status(), loaded.reason());
    if (loaded.json().get("errors").getAsBoolean())
      throw new IOException("OpenSearch rejected part of the bulk load");
    os.http.expectOk("POST", "/" + INDEX + "/_refresh", null);
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
    JsonArray hits = http.expectOk("POST", "/" + INDEX + "/_search", search)
        .getAsJsonObject("hits")
        .getAsJsonArray("hits");
    List<String> ids = new ArrayList<>();
    for (JsonElement hit : hits) ids.add(hit.getAsJsonObject().get("_id").getAsString());
    return ids;
  }

  @Override
  public void close() {
    // the cluster client holds no resource of its own beyond the JDK's pooled connections
  }
}
