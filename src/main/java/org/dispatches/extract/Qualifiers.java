package org.dispatches.extract;

import java.util.List;
import java.util.Map;

/** Reads the hedge in front of a number ("at least", "more than", "nearly") in a normal form. */
final class Qualifiers {
  private static final Map<String, String> TWO_WORDS =
      Map.of("at least", "at least", "more than", "more than", "up to", "up to", "fewer than", "fewer than",
          "less than", "less than", "as many", "as many as", "an estimated", "about", "at most", "at most",
          "in excess", "more than");
  private static final Map<String, String> ONE_WORD =
      Map.ofEntries(
          Map.entry("about", "about"), Map.entry("around", "about"), Map.entry("approximately", "about"),
          Map.entry("roughly", "about"), Map.entry("some", "about"), Map.entry("estimated", "about"),
          Map.entry("nearly", "nearly"), Map.entry("almost", "nearly"), Map.entry("over", "more than"),
          Map.entry("exceeds", "more than"), Map.entry("exceeded", "more than"), Map.entry("surpassed", "more than"),
          Map.entry("passes", "more than"), Map.entry("passed", "more than"), Map.entry("nears", "nearly"),
          Map.entry("neared", "nearly"), Map.entry("nearing", "nearly"), Map.entry("tops", "more than"),
          Map.entry("topped", "more than"));

  private Qualifiers() {}

  /** The qualifier of the number at token {@code first}, or null when the number is exact. */
  static String before(List<Token> tokens, int first) {
    if (first >= 2) {
      String two = tokens.get(first - 2).lower() + " " + tokens.get(first - 1).lower();
      String q = TWO_WORDS.get(two);
      if (q != null) return q;
    }
    if (first >= 3 && (tokens.get(first - 3).lower() + " " + tokens.get(first - 2).lower()).equals("as many")) {
      return "as many as";
    }
    return first >= 1 ? ONE_WORD.get(tokens.get(first - 1).lower()) : null;
  }
}
