package org.dispatches.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name to the form aliases are matched in: lower case, no diacritics ("Kasım" → "kasim"),
 * no soft hyphens or zero-width characters, apostrophes and dashes as spaces.
 */
public final class NameNormalizer {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[‘’'`´\\-‐–—_.]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private NameNormalizer() {}

  /** The normalized form of {@code name}. */
  public static String normalize(String name) {
    if (isPlainAsciiWord(name)) return name.toLowerCase(Locale.ROOT);
    String s = Invisibles.remove(name);
    s = s.replace('ı', 'i').replace('İ', 'I');
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    s = SEPARATORS.matcher(s).replaceAll(" ");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** Most words of a text are plain ASCII letters: they only need lower-casing. */
  private static boolean isPlainAsciiWord(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
    }
    return true;
  }
}
