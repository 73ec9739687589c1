package org.dispatches.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each metric on small rankings worked out by hand. */
class MetricsTest {
  private static final Set<String> RELEVANT = Set.of("a", "b", "c");
  private static final List<String> RANKED = List.of("a", "x", "b", "y");

  @Test
  void averagePrecisionAveragesPrecisionAtEachRelevantRankOverAllRelevant() {
    // a at rank 1 (1/1), b at rank 3 (2/3), c never: (1 + 2/3) / 3
    assertEquals((1 + 2.0 / 3) / 3, Metrics.averagePrecision(RANKED, RELEVANT), 1e-9);
    assertEquals(0, Metrics.averagePrecision(List.of("x"), RELEVANT), 1e-9);
  }

  @Test
  void ndcgDividesByTheIdealOrdering() {
    // DCG = 1/log2(2) + 1/log2(4) = 1.5; ideal = 1 + 1/log2(3) + 1/log2(4) = 2.1309297535714573
    assertEquals(1.5 / 2.1309297535714573, Metrics.ndcg(RANKED, RELEVANT, 10), 1e-9);
    assertEquals(1.0, Metrics.ndcg(List.of("b", "a", "c", "x"), RELEVANT, 10), 1e-9);
    // only the first k ranks count: at k = 1 the ideal is one relevant document at rank 1
    assertEquals(0, Metrics.ndcg(List.of("x", "a"), RELEVANT, 1), 1e-9);
  }

  @Test
  void precisionCountsMissingRanksAsMisses() {
    assertEquals(0.2, Metrics.precision(RANKED, RELEVANT, 10), 1e-9);
    assertEquals(0.5, Metrics.precision(RANKED, RELEVANT, 2), 1e-9);
  }

  @Test
  void recallIsTheShareOfRelevantFoundWithinK() {
    assertEquals(2.0 / 3, Metrics.recall(RANKED, RELEVANT, 100), 1e-9);
    assertEquals(1.0 / 3, Metrics.recall(RANKED, RELEVANT, 2), 1e-9);
  }

  @Test
  void reciprocalRankOfTheFirstRelevant() {
    assertEquals(1.0, Metrics.reciprocalRank(RANKED, RELEVANT), 1e-9);
    assertEquals(0.5, Metrics.reciprocalRank(List.of("x", "c"), RELEVANT), 1e-9);
    assertEquals(0, Metrics.reciprocalRank(List.of(), RELEVANT), 1e-9);
  }

  @Test
  void figuresAverageOverJudgedQueriesOnly() {
    TestCollection c = new TestCollection(
        "t",
        List.of(),
        List.of(
            new TestCollection.JudgedQuery("1", "q", Set.of("a")),
            new TestCollection.JudgedQuery("2", "q", Set.of("b")),
            new TestCollection.JudgedQuery("3", "q", Set.of())));
    Figures f = Figures.of("s", c, java.util.Map.of("1", List.of("a"), "2", List.of("x", "b")));
    assertEquals(2, f.queries());
    assertEquals((1 + 0.5) / 2, f.mrr(), 1e-9);
    assertEquals((1 + 0.5) / 2, f.map(), 1e-9);
  }
}
