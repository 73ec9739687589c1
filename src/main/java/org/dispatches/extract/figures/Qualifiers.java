package org.dispatches.extract.figures;

import java.util.List;
import java.util.Map;

/** Reads the hedge in front of a number ("at least", "more than", "nearly") in a normal form. */
final class Qualifiers {
  private static final Map<String, String> TWO_WORDS = Map.ofEntries(
      Map.entry("at least", "at least"),
      Map.entry("more than", "more than"),
      Map.entry("up to", "up to"),
      Map.entry("fewer than", "fewer than"),
      Map.entry("less than", "less than"),
      Map.entry("as many", "as many as"),
      Map.entry("an estimated", "about"),
      Map.entry("at most", "at most"),
      Map.entry("in excess", "more than"),
      Map.entry("close to", "close to"),
      Map.entry("just under", "just under"),
      Map.entry("just over", "more than"),
      Map.entry("upwards of", "more than"));
  private static final Map<String, String> ONE_WORD = Map.ofEntries(
      Map.entry("about", "about"),
      Map.entry("around", "about"),
      Map.entry("approximately", "about"),
      Map.entry("roughly", "about"),
      Map.entry("some", "about"),
      Map.entry("estimated", "about"),
      Map.entry("nearly", "nearly"),
      Map.entry("almost", "nearly"),
      Map.entry("over", "more than"),
      Map.entry("exceeds", "more than"),
      Map.entry("exceeded", "more than"),
      Map.entry("surpassed", "more than"),
      Map.entry("passes", "more than"),
      Map.entry("passed", "more than"),
      Map.entry("nears", "nearly"),
      Map.entry("neared", "nearly"),
      Map.entry("nearing", "nearly"),
      Map.entry("tops", "more than"),
      Map.entry("topped", "more than"));

  private static final java.util.Set<String> PARTICLE_VERBS = java.util.Set.of(
      "handing",
      "handed",
      "hand",
      "hands",
      "turned",
      "turning",
      "turn",
      "turns",
      "took",
      "taking",
      "take",
      "takes",
      "taken",
      "passed",
      "passing",
      "pass",
      "handover",
      "signed",
      "signing");

  private Qualifiers() {}

  /** The qualifier of the number at token {@code first}, or null when the number is exact. */
  static String before(List<Token> tokens, int first) {
    if (first >= 2) {
      String two = tokens.get(first - 2).lower() + " " + tokens.get(first - 1).lower();
      String q = TWO_WORDS.get(two);
      if (q != null) return q;
    }
    if (first >= 3
        && (tokens.get(first - 3).lower() + " " + tokens.get(first - 2).lower())
            .equals("as many")) {
      return "as many as";
    }
    if (first < 1) return null;
    String one = tokens.get(first - 1).lower();
    // "handing over four bodies", "took over 2 towns": "over" after such a verb is a particle, not
    // a hedge
    if (one.equals("over")
        && first >= 2
        && PARTICLE_VERBS.contains(tokens.get(first - 2).lower())) return null;
    return ONE_WORD.get(one);
  }
}
