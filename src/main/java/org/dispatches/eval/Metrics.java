package org.dispatches.eval;

import java.util.List;
import java.util.Set;

/**
 * Ranking metrics with binary relevance, as trec_eval computes them: each takes the ranked ids a
 * system returned for one query and the ids judged relevant to it.
 */
public final class Metrics {
  private Metrics() {}

  /** Average precision: the mean, over all relevant documents, of the precision at each one's rank (0 if not retrieved). */
  public static double averagePrecision(List<String> ranked, Set<String> relevant) {
    if (relevant.isEmpty()) return 0;
    int found = 0;
    double sum = 0;
    for (int i = 0; i < ranked.size(); i++) {
      if (relevant.contains(ranked.get(i))) {
        found++;
        sum += (double) found / (i + 1);
      }
    }
    return sum / relevant.size();
  }

  /** Normalized discounted cumulative gain of the first {@code k} results, gain 1 per relevant document. */
  public static double ndcg(List<String> ranked, Set<String> relevant, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (relevant.contains(ranked.get(i))) dcg += discount(i);
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(k, relevant.size()); i++) ideal += discount(i);
    return ideal == 0 ? 0 : dcg / ideal;
  }

  /** The share of the first {@code k} ranks that hold a relevant document (missing ranks count as misses). */
  public static double precision(List<String> ranked, Set<String> relevant, int k) {
    return (double) relevantIn(ranked, relevant, k) / k;
  }

  /** The share of the relevant documents found in the first {@code k} ranks. */
  public static double recall(List<String> ranked, Set<String> relevant, int k) {
    return relevant.isEmpty() ? 0 : (double) relevantIn(ranked, relevant, k) / relevant.size();
  }

  /** One over the rank of the first relevant document, 0 when none is retrieved. */
  public static double reciprocalRank(List<String> ranked, Set<String> relevant) {
    for (int i = 0; i < ranked.size(); i++) {
      if (relevant.contains(ranked.get(i))) return 1.0 / (i + 1);
    }
    return 0;
  }

  private static int relevantIn(List<String> ranked, Set<String> relevant, int k) {
    int n = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (relevant.contains(ranked.get(i))) n++;
    }
    return n;
  }

  /** log2(rank + 1) for the 0-based position {@code i}: the standard nDCG discount. */
  private static double discount(int i) {
    return 1 / (Math.log(i + 2) / Math.log(2));
  }
}
