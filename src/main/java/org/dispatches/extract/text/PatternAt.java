package org.dispatches.extract.text;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tries a pattern only at the positions where a match can start (found with a cheap scan), instead
 * of letting {@link Matcher#find()} try every position of a long text. Bounds are transparent and
 * non-anchoring, so word boundaries, lookaround and {@code ^} see the whole text as find does.
 */
public final class PatternAt {
  private final Matcher matcher;
  private final int length;

  public PatternAt(Pattern pattern, String text) {
    this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    this.length = text.length();
  }

  /** Whether the pattern matches starting exactly at {@code pos}; the match is then in {@link #matcher()}. */
  public boolean matchesAt(int pos) {
    matcher.region(pos, length);
    return matcher.lookingAt();
  }

  public Matcher matcher() {
    return matcher;
  }

  /** The text with ASCII capitals made lower case and every other character kept: same length, same offsets. */
  static String asciiLower(String s) {
    char[] c = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        if (c == null) c = s.toCharArray();
        c[i] = (char) (ch + 32);
      }
    }
    return c == null ? s : new String(c);
  }

  /** The first {@code n} values, sorted and without repeats. */
  public static int[] sortedDistinct(int[] values, int n) {
    Arrays.sort(values, 0, n);
    int k = 0;
    for (int i = 0; i < n; i++) if (k == 0 || values[k - 1] != values[i]) values[k++] = values[i];
    return Arrays.copyOf(values, k);
  }

  /**
   * The start of every run of ASCII letters that {@code accepts}: where a pattern starting with a
   * word boundary and an ASCII word can match.
   */
  public static int[] wordStarts(String text, WordTest accepts) {
    return wordStarts(text, accepts, Integer.MAX_VALUE);
  }

  /** Whether some run of ASCII letters in the text passes {@code accepts}. */
  public static boolean anyWord(String text, WordTest accepts) {
    return wordStarts(text, accepts, 1).length > 0;
  }

  /** The starts of the first {@code limit} runs of ASCII letters that {@code accepts}. */
  private static int[] wordStarts(String text, WordTest accepts, int limit) {
    int[] out = new int[Math.min(limit, 16)];
    int n = 0;
    int len = text.length();
    long before = 0; // 1 when the character before the block is an ASCII letter
    for (int base = 0; base < len; base += 64) {
      long letters = letterBits(text, base);
      long starts = letters & ~((letters << 1) | before);
      before = letters >>> 63;
      while (starts != 0) {
        int start = base + Long.numberOfTrailingZeros(starts);
        starts &= starts - 1;
        int end = runEnd(text, base, letters, start);
        if (accepts.test(text, start, end)) {
          if (n == out.length) out = Arrays.copyOf(out, n * 2);
          out[n++] = start;
          if (n == limit) return out;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Bit k set when text[base + k] is an ASCII letter, for up to 64 characters. Computed without a
   * branch per character: letters and blanks alternate too irregularly for branch prediction, which
   * made a character-by-character scan the costly part of finding words.
   */
  private static long letterBits(String text, int base) {
    int limit = Math.min(64, text.length() - base);
    long bits = 0;
    for (int k = 0; k < limit; k++) {
      int d = (text.charAt(base + k) | 0x20) - 'a';
      bits |= (long) (((d | (25 - d)) >>> 31) ^ 1) << k;
    }
    return bits;
  }

  /** The end of the run of ASCII letters at {@code start}, from the block's bits while the run stays in it. */
  private static int runEnd(String text, int base, long letters, int start) {
    long after = ~letters >>> (start - base);
    if (after != 0) return Math.min(start + Long.numberOfTrailingZeros(after), text.length());
    int end = base + 64;
    while (end < text.length() && isAsciiLetter(text.charAt(end))) end++;
    return end;
  }

  /** A test of the ASCII word text[start, end). */
  public interface WordTest {
    boolean test(String text, int start, int end);
  }

  public static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Position 0 and every position after a line terminator: where a multi-line {@code ^} can match. */
  public static int[] lineStarts(String text) {
    int[] out = new int[16];
    int n = 0;
    out[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        if (n == out.length) out = Arrays.copyOf(out, n * 2);
        out[n++] = i + 1;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
