package org.dispatches.search;

import java.util.Collection;
import org.apache.lucene.search.spell.LevenshteinDistance;

/** The known name nearest to one a user typed, for "did you mean" in error messages. */
public final class Nearest {
  /** Below this similarity (1 = equal) a known name is no suggestion at all. */
  private static final float MIN_SIMILARITY = 0.5f;

  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();

  private Nearest() {}

  /** The most similar of {@code known} to {@code typed}, or null when none is close. */
  public static String to(String typed, Collection<String> known) {
    String best = null;
    float bestScore = MIN_SIMILARITY;
    String lower = typed.toLowerCase(java.util.Locale.ROOT);
    for (String k : known) {
      float score = DISTANCE.getDistance(lower, k.toLowerCase(java.util.Locale.ROOT));
      if (score > bestScore) {
        bestScore = score;
        best = k;
      }
    }
    if (best != null) return best;
    // an abbreviation or its long form ("query" for "q"): the longest known name that one begins
    // with
    for (String k : known) {
      String lk = k.toLowerCase(java.util.Locale.ROOT);
      boolean related = lower.startsWith(lk) || lk.startsWith(lower);
      if (related && !lower.isEmpty() && (best == null || k.length() > best.length())) best = k;
    }
    return best;
  }

  /** " Did you mean X?" or nothing. */
  public static String hint(String typed, Collection<String> known) {
    String n = to(typed, known);
    return n == null ? "" : " Did you mean " + n + "?";
  }
}
