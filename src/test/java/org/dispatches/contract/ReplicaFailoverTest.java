package org.dispatches.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dispatches.api.ActorNames;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.index.FieldCatalog;
import org.dispatches.index.IndexProgress;
import org.dispatches.index.IndexSummary;
import org.dispatches.opensearch.BulkOptions;
import org.dispatches.opensearch.ClusterHttp;
import org.dispatches.opensearch.ClusterSettings;
import org.dispatches.opensearch.OpenSearchBackend;
import org.dispatches.opensearch.OpenSearchIndexer;
import org.dispatches.search.QueryTranslator;
import org.dispatches.testing.OpenSearchNode;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a two-node cluster ({@code .ci/opensearch-up.sh}: 127.0.0.1:9250-9251), an index with two
 * shards and one replica keeps answering, with the same counts, after one node is killed: the
 * survivor serves every shard from its copies. Skips when that cluster is not running whole.
 */
class ReplicaFailoverTest {
  private static final String HOW_TO_START =
      ".ci/opensearch-up.sh (a 2-node cluster on 127.0.0.1:9250)";

  @Test
  void searchesAnswerTheSameFromTheReplicasAfterANodeDies(@TempDir Path temp) throws Exception {
    ClusterHttp first = OpenSearchNode.require(OpenSearchNode.PAIR_URL, HOW_TO_START);
    JsonObject health = first.expectOk("GET", "/_cluster/health", null);
    assumeTrue(
        health.get("number_of_nodes").getAsInt() == 2,
        "skipped: the cluster at " + OpenSearchNode.PAIR_URL + " has "
            + health.get("number_of_nodes")
            + " node(s), not 2 (a previous run stopped one); restart it with " + HOW_TO_START);
    List<String[]> rows = HeadlinesContract.readRows(
        SharedData.require("gaza-google-news-headlines/gaza-news.txt.gz"));
    Path corpus = temp.resolve("headlines.jsonl");
    HeadlinesContract.writeCorpus(rows, corpus);

    String index = OpenSearchNode.uniqueIndex("failover");
    ClusterSettings settings = ClusterSettings.at(first.url()).withIndex(index).withLayout(2, 1);
    IndexSummary summary = new OpenSearchIndexer(
            first, settings, BulkOptions.defaults(), ArticleExtractor.withDefaults(), 2)
        .index(List.of(corpus), true, IndexProgress.NONE);
    assertEquals(rows.size(), summary.indexed(), summary.problems().toString());
    JsonObject green = first.expectOk(
        "GET", "/_cluster/health/" + index + "?wait_for_status=green&timeout=60s", null);
    assertFalse(green.get("timed_out").getAsBoolean(), "replicas never assigned: " + green);
    assertEquals(Set.of("node-1", "node-2"), nodesHolding(first, index), "each node holds copies");

    ActorNames names = new ActorNames(Gazetteer.loadDefault());
    SearchBackend both = new OpenSearchBackend(first, index, names, new QueryTranslator(names));
    List<Answer> before = answers(both);
    assertEquals(rows.size(), before.get(0).total());

    // two manager-eligible nodes keep only one vote between them, and it need not be the elected
    // manager's: take the victim's vote away first (the documented way to retire a node), so the
    // survivor keeps its quorum whichever node was in charge
    String victim = "node-2";
    first.expectOk(
        "POST", "/_cluster/voting_config_exclusions?node_names=" + victim + "&timeout=60s", null);
    ClusterHttp survivor = ClusterHttp.to(OpenSearchNode.PAIR_URL);
    kill(first, victim);

    JsonObject yellow = survivor.expectOk(
        "GET",
        "/_cluster/health/" + index + "?wait_for_status=yellow&wait_for_nodes=1&timeout=90s",
        null);
    assertFalse(
        yellow.get("timed_out").getAsBoolean(), "no yellow after losing " + victim + ": " + yellow);
    assertEquals(1, yellow.get("number_of_nodes").getAsInt());
    try {
      SearchBackend one = new OpenSearchBackend(survivor, index, names, new QueryTranslator(names));
      assertEquals(before, answers(one));
      assertEquals(rows.size(), one.count());
    } finally {
      OpenSearchNode.delete(survivor, index);
    }
  }

  /** Totals, every facet and (for a query) the full membership of a few requests. */
  private static List<Answer> answers(SearchBackend backend) throws Exception {
    List<Answer> out = new ArrayList<>();
    for (SearchRequest r : List.of(
        HeadlinesContract.browse(List.of(), 1000),
        HeadlinesContract.browse(List.of("Reuters", "CNN"), 1000),
        SearchRequest.of("hostages OR ceasefire"),
        SearchRequest.of("date:[2024-01-01 TO 2024-01-31]"))) {
      SearchResponse response = backend.search(r);
      Set<String> members = new HashSet<>();
      backend.forEachHit(r, hit -> members.add(hit.id()));
      assertEquals(response.total(), members.size());
      List<Object> facets = new ArrayList<>();
      for (String dim : FieldCatalog.FACET_DIMENSIONS)
        facets.add(HeadlinesContract.asMap(response.facets().get(dim)));
      out.add(new Answer(response.total(), facets, members));
    }
    return out;
  }

  /** The names of the nodes holding a started copy of some shard of {@code index}. */
  private static Set<String> nodesHolding(ClusterHttp http, String index) throws Exception {
    JsonObject state = http.expectOk("GET", "/_cluster/state/routing_table,nodes/" + index, null);
    JsonObject names = state.getAsJsonObject("nodes");
    JsonObject shards = state
        .getAsJsonObject("routing_table")
        .getAsJsonObject("indices")
        .getAsJsonObject(index)
        .getAsJsonObject("shards");
    Set<String> nodes = new HashSet<>();
    for (var copies : shards.entrySet()) {
      for (JsonElement copy : copies.getValue().getAsJsonArray()) {
        JsonObject c = copy.getAsJsonObject();
        if (c.get("state").getAsString().equals("STARTED")) {
          nodes.add(
              names.getAsJsonObject(c.get("node").getAsString()).get("name").getAsString());
        }
      }
    }
    return nodes;
  }

  /**
   * Kills the node's JVM as a crash would (SIGKILL): the PID from opensearch.sh's pid file when it
   * is readable, checked against the PID the cluster reports for that node, so no other process is hit.
   */
  private static void kill(ClusterHttp http, String node) throws Exception {
    JsonObject nodes =
        http.expectOk("GET", "/_nodes/" + node + "/process", null).getAsJsonObject("nodes");
    assertEquals(1, nodes.size(), "cluster does not know " + node);
    long reported = nodes
        .entrySet()
        .iterator()
        .next()
        .getValue()
        .getAsJsonObject()
        .getAsJsonObject("process")
        .get("id")
        .getAsLong();
    Path pidFile = Path.of(pairDir(), "nodes", node + ".pid");
    if (Files.isReadable(pidFile)) {
      assertEquals(
          reported,
          Long.parseLong(Files.readString(pidFile).strip()),
          "pid file and cluster disagree");
    }
    ProcessHandle process = ProcessHandle.of(reported).orElseThrow();
    assertTrue(process.destroyForcibly(), "could not signal " + node);
    process.onExit().get(30, TimeUnit.SECONDS);
  }

  private static String pairDir() {
    String base = System.getenv("DISPATCHES_OPENSEARCH_DIR");
    return (base == null || base.isBlank() ? "/tmp" : base) + "/dispatches-opensearch-pair";
  }

  private record Answer(long total, List<Object> facets, Set<String> members) {}
}
