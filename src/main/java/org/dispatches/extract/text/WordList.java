package org.dispatches.extract.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A fixed set of ASCII words that answers whether a stretch of a text is one of them without
 * cutting the stretch out: words are grouped by length and compared in place.
 */
public final class WordList {
  /** The bucket of words whose first character is not ASCII. */
  private static final int NOT_ASCII = 128;

  private static final String[] NONE = {};

  /**
   * The words by length, then by first character (ASCII letters in lower case, see {@link #bucket}):
   * a text is scanned word by word, and comparing each of its words with every listed word of its
   * length read a string per listed word.
   */
  private final String[][][] byLength;
  /**
   * Per length, the first letters of its words, one bit per ASCII letter, in both cases: most
   * stretches of a text are rejected on this alone, and a text is scanned word by word.
   */
  private final long[] firstLetters;
  /** Per length, the (first, last) letter pairs of its words in any case, hashed to one of 64 bits. */
  private final long[] letterPairs;

  public WordList(Collection<String> words) {
    int longest = words.stream().mapToInt(String::length).max().orElse(0);
    List<List<String>> groups = new ArrayList<>();
    for (int i = 0; i <= longest; i++) groups.add(new ArrayList<>());
    for (String w : words) groups.get(w.length()).add(w);
    byLength = new String[longest + 1][][];
    for (int length = 0; length <= longest; length++) {
      List<List<String>> buckets = new ArrayList<>();
      for (int b = 0; b <= NOT_ASCII; b++) buckets.add(new ArrayList<>());
      for (String w : groups.get(length)) buckets.get(bucket(w.charAt(0))).add(w);
      byLength[length] = buckets.stream()
          .map(b -> b.isEmpty() ? NONE : b.toArray(String[]::new))
          .toArray(String[][]::new);
    }
    firstLetters = new long[longest + 1];
    letterPairs = new long[longest + 1];
    for (String w : words) {
      char c = w.charAt(0), last = w.charAt(w.length() - 1);
      firstLetters[w.length()] |=
          isAsciiLetter(c) ? letterBit(c) | letterBit((char) (c ^ 0x20)) : -1L;
      letterPairs[w.length()] |= isAsciiLetter(c) && isAsciiLetter(last) ? pairBit(c, last) : -1L;
    }
  }

  /**
   * The bucket of a word by its first character: an ASCII letter in either case shares one, so that
   * a case-blind look-up reads one bucket; a character past ASCII matches only itself.
   */
  private static int bucket(char first) {
    if (first >= 0x80) return NOT_ASCII;
    return first >= 'A' && first <= 'Z' ? first + ('a' - 'A') : first;
  }

  /** The bit of a (first, last) letter pair, the same for either case of each. */
  private static long pairBit(char first, char last) {
    return 1L << ((((first | 0x20) * 7) + (last | 0x20)) & 63);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** One bit per ASCII letter; either case of a letter has its own bit. */
  private static long letterBit(char c) {
    return 1L << (c - 'A');
  }

  /** Whether text[start, end) is one of the words; {@code ignoreCase} folds ASCII letters only when the stretch is ASCII. */
  public boolean contains(String text, int start, int end, boolean ignoreCase) {
    int n = end - start;
    if (n <= 0 || n >= byLength.length) return false;
    char first = text.charAt(start);
    // a first letter no word of this length has in either case rules the stretch out in any case
    // mode
    if (isAsciiLetter(first) && (firstLetters[n] & letterBit(first)) == 0) return false;
    char last = text.charAt(end - 1);
    if (isAsciiLetter(first) && isAsciiLetter(last) && (letterPairs[n] & pairBit(first, last)) == 0)
      return false;
    if (ignoreCase && first >= 'A' && first <= 'Z') first = (char) (first + 32);
    for (String w : byLength[n][bucket(first)]) {
      // the first letter decides most comparisons, without the call
      char wf = w.charAt(0);
      if ((ignoreCase ? (wf >= 'A' && wf <= 'Z' ? (char) (wf + 32) : wf) : wf) != first) continue;
      if (text.regionMatches(ignoreCase, start, w, 0, n)) return true;
    }
    return false;
  }
}
