package org.dispatches.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.dispatches.opensearch.ClusterHttp;

/**
 * An OpenSearch node for tests, at http://127.0.0.1:9200 unless {@code DISPATCHES_OPENSEARCH_URL}
 * says otherwise. Tests that need one skip, saying how to start it, when none answers within 1 s.
 */
public final class OpenSearchNode {
  public static final String SINGLE_URL = "http://127.0.0.1:9200";
  /** The two-node cluster of the fail-over test, started apart from the single node. */
  public static final String PAIR_URL = "http://127.0.0.1:9250";

  private OpenSearchNode() {}

  /** A client for the single test node, or a skipped test when it does not answer. */
  public static ClusterHttp require() {
    String env = System.getenv("DISPATCHES_OPENSEARCH_URL");
    return require(
        env == null || env.isBlank() ? SINGLE_URL : env,
        "../shared/tools/opensearch.sh start --wait (or .ci/opensearch-up.sh)");
  }

  /** A client for the cluster at {@code url}, or a skipped test naming {@code howToStart}. */
  public static ClusterHttp require(String url, String howToStart) {
    ClusterHttp probe = new ClusterHttp(url, Duration.ofSeconds(1), Duration.ofSeconds(1));
    boolean up;
    try {
      up = probe.send("GET", "/", null).ok();
    } catch (IOException e) {
      up = false;
    }
    assumeTrue(
        up,
        "skipped: no OpenSearch node answers at " + url + " within 1 s; start one with: "
            + howToStart);
    return new ClusterHttp(url, Duration.ofSeconds(5), Duration.ofSeconds(120));
  }

  /** A fresh index name, so test classes never share an index. */
  public static String uniqueIndex(String prefix) {
    return prefix.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Deletes a test index, ignoring a cluster that went away meanwhile. */
  public static void delete(ClusterHttp http, String index) {
    try {
      http.send("DELETE", "/" + index, null);
    } catch (IOException ignored) {
      // the index dies with the node's data dir anyway
    }
  }
}
