package org.dispatches.extract.actors;

import org.dispatches.extract.text.NameToken;

/**
 * One spelling of an actor as the gazetteer matches it in text. Short all-capital aliases ("US",
 * "UN", "IDF") match only as written, so that the pronoun "us" is not the United States;
 * and the first word every spelling of the alias capitalizes must be capitalized in the text, so that the phrase
 * "stop the war" is not the Stop the War Coalition, nor "acted" the aid group ACTED.
 *
 * @param actor the actor the alias names
 * @param surface the alias as written in the gazetteer
 * @param caseSensitive whether text must match the letters' case exactly
 * @param capitals the bit of the first word (of the first 64) that every spelling of the alias capitalizes
 */
public record Alias(Actor actor, String surface, boolean caseSensitive, long capitals) {
  /** Aliases of at most this many letters, all capitals, are matched case-sensitively. */
  static final int SHORT_CAPS = 5;

  public static Alias of(Actor actor, String surface) {
    String letters = letters(surface);
    boolean caps = !letters.isEmpty()
        && letters.length() <= SHORT_CAPS
        && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))
        && letters.chars().anyMatch(Character::isUpperCase);
    return new Alias(actor, surface, caps, capitals(surface));
  }

  /** The same alias once another spelling with the same key is known: only words both capitalize stay required. */
  Alias withSpelling(String otherSurface) {
    return new Alias(
        actor,
        surface,
        caseSensitive && Alias.of(actor, otherSurface).caseSensitive,
        capitals & capitals(otherSurface));
  }

  /** Whether the words of text tokens [i, i+n) fit this alias' case rules. */
  boolean acceptsInText(java.util.List<NameToken> tokens, int i, int n) {
    // only a case-sensitive alias needs the text as written, which a span of tokens must build
    if (caseSensitive && !accepts(NameToken.original(tokens, i, n))) return false;
    for (int j = 0; j < n && j < 64; j++) {
      if ((capitals & (1L << j)) != 0 && !tokens.get(i + j).capitalized()) return false;
    }
    return true;
  }

  /**
   * The first word of a spelling that starts with a capital, as a one-bit mask (0 when none does):
   * a proper name shows in its first capital ("Stop the War", "UN security council", "Izz ad-Din
   * al-Qassam brigades"), while later words are often written in lower case by the press.
   */
  private static long capitals(String surface) {
    java.util.List<NameToken> tokens = NameToken.tokenize(surface);
    for (int j = 0; j < tokens.size() && j < 64; j++)
      if (tokens.get(j).capitalized()) return 1L << j;
    return 0;
  }

  /** Whether text written as {@code original} matches this alias' case rule. */
  boolean accepts(String original) {
    return !caseSensitive || sameLetters(original, surface);
  }

  /** Whether the letters and digits of two strings are the same, in order (what {@link #letters} gives, without building it). */
  private static boolean sameLetters(String a, String b) {
    int i = 0, j = 0;
    while (true) {
      while (i < a.length() && !Character.isLetterOrDigit(a.charAt(i))) i++;
      while (j < b.length() && !Character.isLetterOrDigit(b.charAt(j))) j++;
      if (i == a.length() || j == b.length()) return i == a.length() && j == b.length();
      if (a.charAt(i++) != b.charAt(j++)) return false;
    }
  }

  private static String letters(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++)
      if (Character.isLetterOrDigit(s.charAt(i))) b.append(s.charAt(i));
    return b.toString();
  }
}
