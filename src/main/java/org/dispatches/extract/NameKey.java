package org.dispatches.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Folds a transliterated name so that English, French, German and Turkish spellings of one Arabic
 * or Hebrew name meet: "Qassem", "Kasım" and "Kassem" fold to "kasim", and their consonant
 * skeleton is "ksm". Particles ("al-", "el-") are dropped; "Abu", "Ebu" and "Abou" become one.
 */
final class NameKey {
  private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "ed", "ar", "as", "ash", "at", "az", "an", "ul", "bin", "ben", "ibn");
  private static final Set<String> ABU = Set.of("abu", "abou", "abo", "ebu", "aboo");

  private static final java.util.regex.Pattern OU_BEFORE_VOWEL = java.util.regex.Pattern.compile("ou(?=[aeiy])");
  private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['’`ʼ]");

  private NameKey() {}

  /** The significant folded tokens of a name: no particles, spellings folded. */
  static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    for (String t : NameNormalizer.normalize(APOSTROPHES.matcher(name).replaceAll("")).split(" ")) {
      if (t.isEmpty() || PARTICLES.contains(t)) continue;
      out.add(ABU.contains(t) ? "abu" : fold(t));
    }
    return out;
  }

  /** One normalized token with spelling habits folded: digraphs, q/c/k, w/v, j/y, double letters, vowel classes. */
  static String fold(String t) {
    String s = t.replace("dsch", "j").replace("sch", "s").replace("tch", "c").replace("kh", "h")
        .replace("gh", "g").replace("sh", "s").replace("ch", "s").replace("zh", "j").replace("dj", "j")
        .replace("th", "t").replace("dh", "d").replace("ph", "f").replace("ck", "k");
    s = OU_BEFORE_VOWEL.matcher(s).replaceAll("w").replace("ou", "u").replace("oo", "u").replace("ee", "i");
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = switch (s.charAt(i)) {
        case 'q', 'c' -> 'k';
        case 'w' -> 'v';
        case 'j' -> 'y';
        case 'e' -> 'i';
        case 'o' -> 'u';
        case 'x' -> 'k';
        default -> s.charAt(i);
      };
      if (b.isEmpty() || b.charAt(b.length() - 1) != c) b.append(c);
    }
    // a final "h" after a vowel is silent ("Haniyeh" = "Haniye")
    int n = b.length();
    if (n > 2 && b.charAt(n - 1) == 'h' && isVowel(b.charAt(n - 2))) b.setLength(n - 1);
    return b.toString();
  }

  /** The consonants of a folded token, with "y" kept only where it starts the token. */
  static String skeleton(String folded) {
    StringBuilder b = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (isVowel(c) || (c == 'y' && i > 0) || c == '\'') continue;
      if (b.isEmpty() || b.charAt(b.length() - 1) != c) b.append(c);
    }
    return b.toString();
  }

  static boolean isVowel(char c) {
    return c == 'a' || c == 'i' || c == 'u';
  }
}
