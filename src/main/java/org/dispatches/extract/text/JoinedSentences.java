package org.dispatches.extract.text;

import java.util.Set;
import java.util.regex.Matcher;
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
  /** The word before the end, the end with its closers, then a capital and a lower-case letter. */
  private static final Pattern JOIN =
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
    Matcher m = JOIN.matcher(text);
    StringBuilder out = null;
    int copied = 0;
    while (m.find()) {
      if (!isJoin(text, m)) continue;
      if (out == null) out = new StringBuilder(text.length() + 16);
      out.append(text, copied, m.end()).append(' ');
      copied = m.end();
    }
    if (out == null) return text;
    return out.append(text, copied, text.length()).toString();
  }

  private static boolean isJoin(String text, Matcher m) {
    String word = m.group(1);
    if (word.length() < 2 || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT)))
      return false;
    return !inAddress(text, m.start(1), m.end());
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
