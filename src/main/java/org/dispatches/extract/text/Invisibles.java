package org.dispatches.extract.text;

import java.util.regex.Pattern;

/** Characters that are invisible inside words (soft hyphen, zero-width joiners, BOM) and must vanish. */
public final class Invisibles {
  /** Soft hyphen, zero-width space/joiners, word joiner, BOM, bidi marks. */
  public static final Pattern PATTERN =
      Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u200E\\u200F]");

  private Invisibles() {}

  public static String remove(String s) {
    if (s == null) return null;
    // almost no text holds one: a char scan spares the regex and the copy
    int first = firstIn(s, 0);
    if (first < 0) return s;
    StringBuilder b = new StringBuilder(s.length());
    b.append(s, 0, first);
    for (int i = first + 1; i < s.length(); i++)
      if (!isInvisible(s.charAt(i))) b.append(s.charAt(i));
    return b.toString();
  }

  /** The index of the first invisible character at or after {@code from}, or -1. */
  static int firstIn(String s, int from) {
    // every invisible is at least U+00AD: one comparison settles ASCII and most Latin text
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u00AD' && isInvisible(c)) return i;
    }
    return -1;
  }

  /** Whether {@code c} is one of the characters {@link #PATTERN} matches. */
  public static boolean isInvisible(char c) {
    return c == '\u00AD' || (c >= '\u200B' && c <= '\u200F') || c == '\u2060' || c == '\uFEFF';
  }
}
