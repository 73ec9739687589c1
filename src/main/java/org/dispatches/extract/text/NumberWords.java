package org.dispatches.extract.text;

import java.util.Map;

/** Values of English number words ("five", "twenty-one", "hundred") and digit scripts (Arabic-Indic). */
public final class NumberWords {
  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("one", 1),
      Map.entry("two", 2),
      Map.entry("three", 3),
      Map.entry("four", 4),
      Map.entry("five", 5),
      Map.entry("six", 6),
      Map.entry("seven", 7),
      Map.entry("eight", 8),
      Map.entry("nine", 9),
      Map.entry("ten", 10),
      Map.entry("eleven", 11),
      Map.entry("twelve", 12),
      Map.entry("thirteen", 13),
      Map.entry("fourteen", 14),
      Map.entry("fifteen", 15),
      Map.entry("sixteen", 16),
      Map.entry("seventeen", 17),
      Map.entry("eighteen", 18),
      Map.entry("nineteen", 19),
      Map.entry("twenty", 20),
      Map.entry("thirty", 30),
      Map.entry("forty", 40),
      Map.entry("fifty", 50),
      Map.entry("sixty", 60),
      Map.entry("seventy", 70),
      Map.entry("eighty", 80),
      Map.entry("ninety", 90),
      Map.entry("dozen", 12));
  private static final Map<String, Long> SCALES =
      Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

  private NumberWords() {}

  /** The value of a number word or hyphenated compound ("twenty-five"), or -1. */
  public static long wordValue(String lower) {
    Integer v = UNITS.get(lower);
    if (v != null) return v;
    int dash = lower.indexOf('-');
    if (dash > 0) {
      Integer tens = UNITS.get(lower.substring(0, dash));
      Integer unit = UNITS.get(lower.substring(dash + 1));
      if (tens != null && unit != null && tens >= 20 && tens % 10 == 0 && unit < 10)
        return tens + unit;
    }
    return -1;
  }

  /** The number words that stand on their own ("five", "dozen"). */
  public static java.util.Set<String> units() {
    return UNITS.keySet();
  }

  /** The multiplier of a scale word ("million"), or 0. */
  public static long scale(String lower) {
    Long s = SCALES.get(lower);
    if (s != null) return s;
    return lower.equals("m") || lower.equals("mn") ? 1_000_000L : 0;
  }

  /** The text with Arabic-Indic and Extended Arabic-Indic digits and separators made ASCII, same length. */
  public static String asciiDigits(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = c;
      if (c >= '\u0660' && c <= '\u0669') r = (char) ('0' + (c - '\u0660'));
      else if (c >= '\u06F0' && c <= '\u06F9') r = (char) ('0' + (c - '\u06F0'));
      else if (c == '\u066C') r = ',';
      else if (c == '\u066B') r = '.';
      if (r != c) {
        if (b == null) b = new StringBuilder(s);
        b.setCharAt(i, r);
      }
    }
    return b == null ? s : b.toString();
  }
}
