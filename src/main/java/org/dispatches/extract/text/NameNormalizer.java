package org.dispatches.extract.text;

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
    if (isPrintableAscii(name)) return asciiNormalize(name);
    String s = Invisibles.remove(name);
    s = s.replace('ı', 'i').replace('İ', 'I');
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    s = SEPARATORS.matcher(s).replaceAll(" ");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** Printable ASCII has no diacritics or invisibles: lower case, separators to spaces, spaces collapsed, as the general path does. */
  private static String asciiNormalize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
      else if (c == '\'' || c == '`' || c == '-' || c == '_' || c == '.') c = ' ';
      if (c == ' ' && (b.isEmpty() || b.charAt(b.length() - 1) == ' ')) continue;
      b.append(c);
    }
    int n = b.length();
    if (n > 0 && b.charAt(n - 1) == ' ') b.setLength(n - 1);
    return b.toString();
  }

  /** Whether every character is printable ASCII (space to '~'): such a name folds without growing longer. */
  public static boolean isPrintableAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < ' ' || c > '~') return false;
    }
    return true;
  }

  /** Most words of a text are plain ASCII letters: they only need lower-casing. */
  private static boolean isPlainAsciiWord(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
        return false;
    }
    return true;
  }
}
