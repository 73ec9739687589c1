package org.dispatches.extract.actors;

import java.util.Set;
import org.apache.commons.codec.language.DaitchMokotoffSoundex;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * One folded name token with its consonant skeleton and, computed on first use, its phonetic
 * codes (Double Metaphone primary and alternate, Daitch-Mokotoff codes). Most gazetteer forms are
 * never compared by sound, so their codes wait for the first comparison: computing them all made
 * loading the world gazetteer slow. The codes are one immutable object, so forms shared between
 * threads may compute them twice but never see them half made.
 */
final class NameForm {
  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
  private static final DaitchMokotoffSoundex DAITCH_MOKOTOFF = new DaitchMokotoffSoundex();
  final String folded;
  final String skeleton;
  /** The letters the folded token holds, one bit each (other characters share the upper bits). */
  final long letters;
  /**
   * How the token starts: its skeleton's first consonant and whether it opens with a vowel (-1 for
   * an empty token). Tokens that start differently never match ({@link NameMatcher#tokensMatch}).
   */
  final int start;

  /** The skeleton's hash and the folded length, kept beside the letters so that most comparisons read no string. */
  final int skeletonHash;

  final int length;
  /** Published whole (final fields), or null until first needed. */
  private Codes codes;

  private record Codes(String primary, String alternate, Set<String> dm) {}

  NameForm(String folded) {
    this.folded = folded;
    this.skeleton = NameKey.skeleton(folded);
    this.letters = letterSet(folded);
    this.skeletonHash = skeleton.hashCode();
    this.length = folded.length();
    int consonant = skeleton.isEmpty() ? 0 : skeleton.charAt(0) + 1;
    this.start =
        folded.isEmpty() ? -1 : NameKey.isVowel(folded.charAt(0)) ? consonant | 1 << 17 : consonant;
  }

  private static long letterSet(String s) {
    long set = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      set |= 1L << (c >= 'a' && c <= 'z' ? c - 'a' : 26 + c % 38);
    }
    return set;
  }

  boolean phoneticAgrees(NameForm o) {
    Codes a = codes(), b = o.codes();
    if (!a.primary.isEmpty()
        && (a.primary.equals(b.primary)
            || a.primary.equals(b.alternate)
            || a.alternate.equals(b.primary))) return true;
    for (String c : b.dm) if (a.dm.contains(c)) return true;
    return false;
  }

  private Codes codes() {
    Codes c = codes;
    if (c == null) {
      c = new Codes(
          nonNull(METAPHONE.doubleMetaphone(folded)),
          nonNull(METAPHONE.doubleMetaphone(folded, true)),
          Set.of(DAITCH_MOKOTOFF.soundex(folded).split("\\|")));
      codes = c;
    }
    return c;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
