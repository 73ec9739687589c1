package org.dispatches.extract.dates;

import java.util.Arrays;
import org.dispatches.extract.text.PatternAt;

/**
 * Where a date of {@link TextDates} can start in a text without Arabic letters: at the start of a
 * digit run ("9 April", "2024-04-09"), or at a capital at most 11 characters before a digit run that
 * follows a space ("April 9", "Sept. 9"). Checking only there replaces a regex attempt at every position.
 */
final class DateStarts {
  /** The longest month word (9 letters), an optional period and the space before the day. */
  private static final int MONTH_REACH = 11;

  private DateStarts() {}

  /** The candidate start positions, sorted; null when the text holds Arabic letters or surrogates, whose dates this scan cannot place. */
  static int[] of(String t) {
    int[] out = new int[32];
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c >= '\u0600' && c <= '\u06FF') || Character.isSurrogate(c)) return null;
      if (!Character.isDigit(c) || (i > 0 && Character.isDigit(t.charAt(i - 1)))) continue;
      if (n + MONTH_REACH + 1 > out.length) out = Arrays.copyOf(out, out.length * 2 + MONTH_REACH);
      if (i > 0 && t.charAt(i - 1) == ' ') {
        for (int j = Math.max(0, i - MONTH_REACH); j < i - 1; j++) {
          char w = t.charAt(j);
          if (w >= 'A' && w <= 'Z') out[n++] = j;
        }
      }
      out[n++] = i;
    }
    return PatternAt.sortedDistinct(out, n);
  }
}
