package org.dispatches.eval;

import java.util.List;
import java.util.Map;

/** A system's figures on a collection: each metric's mean over the judged queries. */
public record Figures(
    String system,
    int queries,
    double map,
    double ndcg10,
    double p10,
    double recall100,
    double mrr) {

  /** The means over every query of {@code collection} that has at least one relevant document. */
  public static Figures of(
      String system, TestCollection collection, Map<String, List<String>> run) {
    double map = 0, ndcg = 0, p10 = 0, r100 = 0, mrr = 0;
    int n = 0;
    for (TestCollection.JudgedQuery q : collection.queries()) {
      if (q.relevant().isEmpty()) continue; // trec_eval's convention: unjudged queries do not count
      List<String> ranked = run.getOrDefault(q.id(), List.of());
      map += Metrics.averagePrecision(ranked, q.relevant());
      ndcg += Metrics.ndcg(ranked, q.relevant(), 10);
      p10 += Metrics.precision(ranked, q.relevant(), 10);
      r100 += Metrics.recall(ranked, q.relevant(), 100);
      mrr += Metrics.reciprocalRank(ranked, q.relevant());
      n++;
    }
    if (n == 0) return new Figures(system, 0, 0, 0, 0, 0, 0);
    return new Figures(system, n, map / n, ndcg / n, p10 / n, r100 / n, mrr / n);
  }
}
