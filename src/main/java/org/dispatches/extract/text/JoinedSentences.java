package org.dispatches.extract.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts back the space between sentences that a text export lost ("the outcome was uncertain.The
 * deal"): such a join reads badly in snippets, and the word tokenizer (Unicode word breaks, which
 * keep "uncertain.The" together as it keeps "U.S.") makes one word of it, so neither "uncertain"
 * nor "deal" is found. A join is a sentence end (. ! ?, maybe a closing quote or bracket) right
 * after a lower-case word and right before a capitalized word. Not a join: decimals (3.5),
 * initials and acronyms (J.K. Rowling, U.S.Army: the letter before the point is a capital or a
 * single letter, as in e.g. and a.m.), known abbreviations (Mr.Smith, Inc.The), and anything inside a URL,
 * domain or e-mail address.
 */
public final class JoinedSentences {
  /**
   * What {@link #split} finds, as a regex (its definition; the scan below finds the same joins
   * without trying a regex at every position of the text, which cost a third of all extraction):
   * the word before the end, the end with its closers, then a capital and a lower-case letter.
   */
  static final Pattern JOIN =
      Pattern.compile("(\\p{L}*\\p{Ll}|\\p{N}+)([.!?]+[\"'”’)\\]]*)(?=\\p{Lu}\\p{Ll})");
  /** Short forms whose point is not a sentence end; compared in lower case. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "prof", "rev", "gov", "sen",
      "rep", "no", "vs", "etc", "jr", "sr", "inc", "co", "ltd", "corp", "mt", "ft", "maj", "brig",
      "adm", "cmdr", "pres", "dept", "univ", "approx", "est", "fig", "vol", "op", "cf", "al");

  private JoinedSentences() {}

  /** The text with a space at every join; the same string when there is none. */
  public static String split(String text) {
    if (text == null || text.isEmpty()) return text;
    StringBuilder out = null;
    int copied = 0;
    int from = 0; // where the word before an end may start: after the last join found
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') continue;
      int ends = i;
      while (ends < n && isEnd(text.charAt(ends))) ends++;
      int end = ends;
      while (end < n && isCloser(text.charAt(end))) end++;
      int punct = i;
      i = ends - 1;
      if (!capitalThenLower(text, end)) continue;
      int word = wordStart(text, punct, from);
      if (word < 0) continue;
      from = end;
      if (!isJoin(text, word, punct, end)) continue;
      if (out == null) out = new StringBuilder(text.length() + 16);
      out.append(text, copied, end).append(' ');
      copied = end;
    }
    if (out == null) return text;
    return out.append(text, copied, n).toString();
  }

  /**
   * Where the word before an end at {@code punct} starts, as {@link #JOIN}'s first group: letters
   * ending in a lower-case one, else digits; -1 when neither stands right before the end.
   */
  private static int wordStart(String text, int punct, int from) {
    if (punct <= from) return -1;
    int last = text.codePointBefore(punct);
    boolean letters = Character.getType(last) == Character.LOWERCASE_LETTER;
    if (!letters && !isNumber(last)) return -1;
    int k = punct;
    while (k > from) {
      int cp = text.codePointBefore(k);
      if (letters ? !Character.isLetter(cp) : !isNumber(cp)) break;
      k -= Character.charCount(cp);
    }
    return k;
  }

  private static boolean capitalThenLower(String text, int at) {
    if (at >= text.length()) return false;
    int first = text.codePointAt(at);
    if (Character.getType(first) != Character.UPPERCASE_LETTER) return false;
    int next = at + Character.charCount(first);
    return next < text.length()
        && Character.getType(text.codePointAt(next)) == Character.LOWERCASE_LETTER;
  }

  private static boolean isNumber(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean isEnd(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']';
  }

  /** Whether the end at {@code punct}, after the word from {@code word}, up to {@code end}, is a join. */
  static boolean isJoin(String text, int word, int punct, int end) {
    String w = text.substring(word, punct);
    if (w.length() < 2 || ABBREVIATIONS.contains(w.toLowerCase(java.util.Locale.ROOT)))
      return false;
    return !inAddress(text, word, end);
  }

  /** Whether the join lies in a URL, a domain ("www.", "://") or an e-mail address. */
  private static boolean inAddress(String text, int start, int end) {
    int from = start;
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
    int to = end;
    while (to < text.length() && !Character.isWhitespace(text.charAt(to))) to++;
    String token = text.substring(from, to);
    return token.contains("://")
        || token.startsWith("www.")
        || token.contains("@")
        || token.contains("/");
  }
}
