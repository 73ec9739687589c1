package org.dispatches.extract.text;

import java.util.Collection;

/**
 * The shapes (length, first and last character) of a set of string keys: a word of a shape no key
 * has is surely no key, found without hashing the word. Most words of a text are no alias, and
 * computing a fresh word's hash costs as much as the lookup it would serve.
 */
public final class KeyShapes {
  /** Lengths from here on share one row. */
  private static final int LONG = 31;
  /** Per length and first character (low 6 bits), the last characters (low 6 bits) keys have. */
  private final long[] lasts = new long[(LONG + 1) * 64];

  public KeyShapes(Collection<String> keys) {
    for (String k : keys) {
      if (k.isEmpty()) continue;
      lasts[row(k)] |= bit(k);
    }
  }

  /** False when no key has the shape of {@code word}; true when one may be it. */
  public boolean mayContain(String word) {
    return word.isEmpty() || (lasts[row(word)] & bit(word)) != 0;
  }

  private static int row(String k) {
    return Math.min(k.length(), LONG) * 64 + (k.charAt(0) & 63);
  }

  private static long bit(String k) {
    return 1L << (k.charAt(k.length() - 1) & 63);
  }
}
