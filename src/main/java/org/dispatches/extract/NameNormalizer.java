package org.dispatches.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name to the form aliases are matched in: lower case, no diacritics ("Kasım" → "kasim"),
 * no soft hyphens or zero-width characters, apostrophes and dashes as spaces.
 */
public final class NameNormalizer {
  private NameNormalizer() {}

  public static String normalize(String name) {
    String s = Invisibles.remove(name);
    s = s.replace('ı', 'i').replace('İ', 'I');
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT);
    s = s.replaceAll("[‘’'`´\\-‐–—_.]", " ");
    return s.replaceAll("\\s+", " ").strip();
  }
}
