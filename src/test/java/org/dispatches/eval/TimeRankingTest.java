package org.dispatches.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Ranking quality on the judged TIME queries through the search service, against regressions and against OpenSearch. */
class TimeRankingTest {
  /**
   * Measured with {@code dispatches eval-ranking} on this collection: nDCG@10 0.6876, MAP 0.6262
   * (docs/RANKING.md); the floor sits a little under it so that a regression fails, not noise.
   */
  private static final double NDCG10_FLOOR = 0.67;

  private static final double MAP_FLOOR = 0.61;
  /** The node the lead's CI starts; DISPATCHES_OPENSEARCH names another. */
  private static final URI OPENSEARCH =
      URI.create(System.getenv().getOrDefault("DISPATCHES_OPENSEARCH", "http://127.0.0.1:9200"));

  @Test
  void dispatchesRanksTimeQueriesAboveTheFloor() throws Exception {
    TestCollection time =
        new TimeCollectionReader().read(SharedData.require("time-magazine-1963-ir"));
    try (DispatchesRanker dispatches = DispatchesRanker.index(time)) {
      Figures f = RankingEvaluation.evaluate(time, dispatches).figures();
      assertTrue(f.ndcg10() >= NDCG10_FLOOR, "nDCG@10 " + f.ndcg10());
      assertTrue(f.map() >= MAP_FLOOR, "MAP " + f.map());
    }
  }

  @Test
  void dispatchesIsAtLeastAsGoodAsOpenSearchOnNdcg10() throws Exception {
    Path dir = SharedData.require("time-magazine-1963-ir");
    Assumptions.assumeTrue(
        OpenSearchBaseline.reachable(OPENSEARCH), "skipped: no OpenSearch node at " + OPENSEARCH);
    TestCollection time = new TimeCollectionReader().read(dir);
    Figures ours;
    Figures theirs;
    try (DispatchesRanker dispatches = DispatchesRanker.index(time)) {
      ours = RankingEvaluation.evaluate(time, dispatches).figures();
    }
    try (OpenSearchBaseline baseline = OpenSearchBaseline.index(OPENSEARCH, time)) {
      theirs = RankingEvaluation.evaluate(time, baseline).figures();
    }
    assertTrue(theirs.ndcg10() > 0.5, "the baseline itself must work: " + theirs);
    assertTrue(ours.ndcg10() >= theirs.ndcg10(), ours + " vs " + theirs);
  }
}
