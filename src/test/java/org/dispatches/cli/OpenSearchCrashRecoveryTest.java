package org.dispatches.cli;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.index.IndexProgress;
import org.dispatches.index.IndexSummary;
import org.dispatches.index.ReportIndexer;
import org.dispatches.ingest.FieldChoices;
import org.dispatches.opensearch.BulkOptions;
import org.dispatches.opensearch.ClusterHttp;
import org.dispatches.opensearch.ClusterSettings;
import org.dispatches.opensearch.OpenSearchIndexer;
import org.dispatches.testing.OpenSearchNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The crash test through the OpenSearch bulk writer (skipped when no node runs): an {@code index
 * --backend opensearch} run killed once the cluster acknowledged a fifth of the corpus (an
 * acknowledged bulk item is in the cluster's translog), then the same run again without rebuild.
 */
class OpenSearchCrashRecoveryTest extends CrashRecoveryContract {
  private ClusterHttp http;
  private String index;

  @BeforeEach
  void requireNode() {
    http = OpenSearchNode.require();
    index = OpenSearchNode.uniqueIndex("crash");
  }

  @AfterEach
  void deleteIndex() {
    if (http != null) OpenSearchNode.delete(http, index);
  }

  /** Bulk requests acknowledge 1,000 reports at a time: a larger corpus leaves time to kill. */
  @Override
  int reports() {
    return 8_000;
  }

  @Override
  List<String> childArguments(Path corpus) {
    return List.of(
        "index",
        "--backend",
        "opensearch",
        "--opensearch-url",
        http.url(),
        "--opensearch-index",
        index,
        "--replicas",
        "0",
        "--corpus",
        corpus.toString(),
        "--rebuild",
        "--threads",
        "2",
        "--problems",
        dir.resolve("problems.txt").toString());
  }

  /** Items the primaries have indexed (acknowledged); searches see none while refreshes are off. */
  @Override
  long durable() throws Exception {
    ClusterHttp.Reply stats = http.send("GET", "/" + index + "/_stats/indexing", null);
    if (!stats.ok()) return -1;
    return stats
        .json()
        .getAsJsonObject("_all")
        .getAsJsonObject("primaries")
        .getAsJsonObject("indexing")
        .get("index_total")
        .getAsLong();
  }

  @Override
  Set<String> idsAfterKill() throws Exception {
    http.expectOk("POST", "/" + index + "/_refresh", null);
    JsonObject health = http.expectOk("GET", "/_cluster/health/" + index, null);
    assertNotEquals("red", health.get("status").getAsString(), health.toString());
    return new HashSet<>(ids());
  }

  @Override
  IndexSummary rerun(Path corpus) throws Exception {
    ClusterSettings settings = ClusterSettings.at(http.url()).withIndex(index).withLayout(1, 0);
    return new OpenSearchIndexer(
            http, settings, BulkOptions.defaults(), ArticleExtractor.withDefaults(), 2)
        .index(
            List.of(corpus),
            false,
            IndexProgress.NONE,
            ReportIndexer.readOptions(FieldChoices.NONE));
  }

  @Override
  List<String> idsAfterRerun() throws Exception {
    return ids();
  }

  /** The id of every report the index holds (searchable after the run's or our refresh). */
  private List<String> ids() throws Exception {
    JsonObject body = new JsonObject();
    body.addProperty("size", 10_000);
    body.addProperty("_source", false);
    JsonObject all = http.expectOk("POST", "/" + index + "/_search", body);
    List<String> ids = new ArrayList<>();
    for (JsonElement hit : all.getAsJsonObject("hits").getAsJsonArray("hits"))
      ids.add(hit.getAsJsonObject().get("_id").getAsString());
    return ids;
  }
}
