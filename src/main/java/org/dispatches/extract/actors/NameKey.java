package org.dispatches.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dispatches.extract.text.NameNormalizer;

/**
 * Folds a transliterated name so that English, French, German and Turkish spellings of one Arabic
 * or Hebrew name meet: "Qassem", "Kasım" and "Kassem" fold to "kasim", and their consonant
 * skeleton is "ksm". Particles ("al-", "el-") are dropped; "Abu", "Ebu" and "Abou" become one.
 */
public final class NameKey {
  /** Articles and "son of" (Turkish spelling assimilates the article too: "es-Sisi", "en-Nunu"). */
  private static final Set<String> PARTICLES = Set.of(
      "al", "el", "ad", "ed", "ar", "as", "ash", "at", "az", "an", "ul", "bin", "ben", "ibn", "es",
      "en", "et", "ez", "er", "esh");
  /** "Abd" forms that make one name with the next word: "Abdel Fattah" is written "Abdülfettah". */
  private static final Set<String> ABD = Set.of("abd", "abdel", "abdul", "abdal", "abdol", "abdil");
  /** "al-Din" joins the word before: "Safi al-Din" is written "Safieddine". */
  private static final Set<String> DIN = Set.of("din", "deen", "dine", "dinn");

  private static final Set<String> ABU = Set.of("abu", "abou", "abo", "ebu", "aboo");

  /** Spelling digraphs and their folded letter, applied in this order to a token holding an "h". */
  private static final Rule[] WITH_H = rules(
      "dsch", "j", "sch", "s", "tch", "c", "kh", "h", "gh", "g", "sh", "s", "ch", "s", "zh", "j",
      "dj", "j", "th", "t", "dh", "d", "ph", "f", "ck", "k");
  /** The same for a token without an "h": every other digraph has one, and none of these makes one. */
  private static final Rule[] WITHOUT_H = rules("dj", "j", "ck", "k");
  /** Vowel pairs, applied after "ou" before a vowel became "w". */
  private static final Rule[] VOWELS = rules("ou", "u", "oo", "u", "ee", "i");

  /**
   * One literal replacement, with the letters its pattern needs: a token lacking one of them
   * cannot hold the pattern, and the replacement (a scan of the token) is skipped.
   */
  private record Rule(String from, String to, int needs, int gives) {
    String apply(String s, int letters) {
      return (letters & needs) == needs ? s.replace(from, to) : s;
    }
  }

  private static Rule[] rules(String... pairs) {
    Rule[] out = new Rule[pairs.length / 2];
    for (int i = 0; i < out.length; i++)
      out[i] = new Rule(
          pairs[2 * i], pairs[2 * i + 1], letters(pairs[2 * i]), letters(pairs[2 * i + 1]));
    return out;
  }

  /** The lower-case ASCII letters of {@code s}, one bit each; other characters count for none. */
  private static int letters(String s) {
    int set = 0;
    for (int i = 0; i < s.length(); i++) {
      int d = s.charAt(i) - 'a';
      if (d >= 0 && d < 26) set |= 1 << d;
    }
    return set;
  }

  private static final java.util.regex.Pattern OU_BEFORE_VOWEL =
      java.util.regex.Pattern.compile("ou(?=[aeiy])");
  private static final java.util.regex.Pattern APOSTROPHES =
      java.util.regex.Pattern.compile("['’`ʼ]");

  private static final int OU = letters("ou");

  private NameKey() {}

  /** The significant folded tokens of a name: no particles, spellings folded. */
  static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    String plain = hasApostrophe(name) ? APOSTROPHES.matcher(name).replaceAll("") : name;
    String normalized = NameNormalizer.normalize(plain);
    // most names given here are one word: no split needed
    for (String t :
        normalized.indexOf(' ') < 0 ? new String[] {normalized} : normalized.split(" ")) {
      if (t.isEmpty() || PARTICLES.contains(t)) continue;
      out.add(ABU.contains(t) ? "abu" : fold(t));
    }
    return out;
  }

  /**
   * The same tokens with Arabic compounds written as one word joined ("Abdel Fattah" as
   * "abdelfattah", "Safi al-Din" as "safidin"), or null when the name has none: a name is matched
   * in both shapes, as spellings write it either way.
   */
  static List<String> compoundTokens(String name) {
    String plain = hasApostrophe(name) ? APOSTROPHES.matcher(name).replaceAll("") : name;
    String[] raw = NameNormalizer.normalize(plain).split(" ");
    List<String> joined = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < raw.length; i++) {
      String t = raw[i];
      if (t.isEmpty() || PARTICLES.contains(t)) continue;
      if (ABD.contains(t)
          && i + 1 < raw.length
          && !raw[i + 1].isEmpty()
          && !PARTICLES.contains(raw[i + 1])) {
        joined.add(t + raw[++i]);
        changed = true;
      } else if (DIN.contains(t) && !joined.isEmpty()) {
        joined.set(joined.size() - 1, joined.get(joined.size() - 1) + "din");
        changed = true;
      } else {
        joined.add(ABU.contains(t) ? "abu" : t);
      }
    }
    if (!changed) return null;
    List<String> out = new ArrayList<>(joined.size());
    for (String t : joined) out.add(t.equals("abu") ? t : fold(t));
    return out;
  }

  private static boolean hasApostrophe(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '’' || c == '`' || c == 'ʼ') return true;
    }
    return false;
  }

  /** One normalized token with spelling habits folded: digraphs, q/c/k, w/v, j/y, double letters, vowel classes. */
  public static String fold(String t) {
    // every digraph but "dj" and "ck" has an "h", and none of their replacements makes one from
    // nothing
    // the letter set only grows as rules apply (by what they give), so a rule it rules out cannot
    // match
    int letters = letters(t);
    String s = t;
    for (Rule r : t.indexOf('h') < 0 ? WITHOUT_H : WITH_H) {
      String next = r.apply(s, letters);
      if (next != s) letters |= r.gives();
      s = next;
    }
    if ((letters & OU) == OU && s.contains("ou")) {
      s = OU_BEFORE_VOWEL.matcher(s).replaceAll("w");
      letters |= 1 << ('w' - 'a');
    }
    for (Rule r : VOWELS) {
      String next = r.apply(s, letters);
      if (next != s) letters |= r.gives();
      s = next;
    }
    char[] b = new char[s.length()];
    int n = 0;
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
      if (n == 0 || b[n - 1] != c) b[n++] = c;
    }
    // a final "h" after a vowel is silent ("Haniyeh" = "Haniye")
    if (n > 2 && b[n - 1] == 'h' && isVowel(b[n - 2])) n--;
    return new String(b, 0, n);
  }

  /** The consonants of a folded token, with "y" kept only where it starts the token. */
  static String skeleton(String folded) {
    char[] b = new char[folded.length()];
    int n = 0;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (isVowel(c) || (c == 'y' && i > 0) || c == '\'') continue;
      if (n == 0 || b[n - 1] != c) b[n++] = c;
    }
    return new String(b, 0, n);
  }

  public static boolean isVowel(char c) {
    return c == 'a' || c == 'i' || c == 'u';
  }
}
