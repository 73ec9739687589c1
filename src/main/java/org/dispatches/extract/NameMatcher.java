package org.dispatches.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.DaitchMokotoffSoundex;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Decides whether two spellings name the same person. Every token must agree: either their folded
 * consonant skeletons are equal (with the same kind of first letter, and equal vowels when the
 * skeleton is a single letter), or a phonetic code agrees (Double Metaphone or Daitch-Mokotoff, as
 * in Lucene's phonetic module) and the folded spellings are within a small edit distance.
 */
final class NameMatcher {
  private final DoubleMetaphone metaphone = new DoubleMetaphone();
  private final DaitchMokotoffSoundex dm = new DaitchMokotoffSoundex();

  /** True when the folded token lists (see {@link NameKey#tokens}) name the same person. */
  boolean matches(List<String> a, List<String> b) {
    if (a.size() != b.size() || a.isEmpty()) return false;
    for (int i = 0; i < a.size(); i++) if (!tokensMatch(a.get(i), b.get(i))) return false;
    return true;
  }

  boolean tokensMatch(String a, String b) {
    if (a.equals(b)) return true;
    if (NameKey.isVowel(a.charAt(0)) != NameKey.isVowel(b.charAt(0))) return false;
    String sa = NameKey.skeleton(a), sb = NameKey.skeleton(b);
    if (sa.equals(sb)) return sa.length() > 1 || vowels(a).equals(vowels(b));
    return phoneticAgree(a, b) && EditDistance.damerau(a, b) <= Math.max(1, Math.min(a.length(), b.length()) / 4)
        && sa.charAt(0) == sb.charAt(0);
  }

  private boolean phoneticAgree(String a, String b) {
    String ma = metaphone.doubleMetaphone(a), mb = metaphone.doubleMetaphone(b);
    if (ma != null && !ma.isEmpty() && (ma.equals(mb) || ma.equals(metaphone.doubleMetaphone(b, true))
        || metaphone.doubleMetaphone(a, true).equals(mb))) return true;
    Set<String> ca = new HashSet<>(List.of(dm.soundex(a).split("\\|")));
    for (String c : dm.soundex(b).split("\\|")) if (ca.contains(c)) return true;
    return false;
  }

  /** The vowels of a token but a final one: "Hayya" and "Hayye" differ only in a final vowel, as spelling habits do. */
  private static String vowels(String s) {
    String v = s.replaceAll("[^aiu]", "");
    return NameKey.isVowel(s.charAt(s.length() - 1)) && !v.isEmpty() ? v.substring(0, v.length() - 1) : v;
  }
}
