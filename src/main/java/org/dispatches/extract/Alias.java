package org.dispatches.extract;

/**
 * One spelling of an actor as the gazetteer matches it in text. Short all-capital aliases ("US",
 * "UN", "IDF") match only as written, so that the pronoun "us" is not the United States.
 *
 * @param actor the actor the alias names
 * @param surface the alias as written in the gazetteer
 * @param caseSensitive whether text must match the letters' case exactly
 */
record Alias(Actor actor, String surface, boolean caseSensitive) {
  /** Aliases of at most this many letters, all capitals, are matched case-sensitively. */
  static final int SHORT_CAPS = 5;

  static Alias of(Actor actor, String surface) {
    String letters = letters(surface);
    boolean caps = !letters.isEmpty() && letters.length() <= SHORT_CAPS && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))
        && letters.chars().anyMatch(Character::isUpperCase);
    return new Alias(actor, surface, caps);
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
    for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) b.append(s.charAt(i));
    return b.toString();
  }
}
