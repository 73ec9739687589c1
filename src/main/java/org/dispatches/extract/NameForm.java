package org.dispatches.extract;

import java.util.Set;
import org.apache.commons.codec.language.DaitchMokotoffSoundex;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * One folded name token with its consonant skeleton and, computed on first use, its phonetic
 * codes (Double Metaphone primary and alternate, Daitch-Mokotoff codes). Gazetteer forms compute
 * their codes when the gazetteer is built and are read-only afterwards.
 */
final class NameForm {
  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
  private static final DaitchMokotoffSoundex DAITCH_MOKOTOFF = new DaitchMokotoffSoundex();
  final String folded;
  final String skeleton;
  /** The letters the folded token holds, one bit each (other characters share the upper bits). */
  final long letters;
  private String primary;
  private String alternate;
  private Set<String> dm;

  NameForm(String folded) {
    this.folded = folded;
    this.skeleton = NameKey.skeleton(folded);
    this.letters = letterSet(folded);
  }

  private static long letterSet(String s) {
    long set = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      set |= 1L << (c >= 'a' && c <= 'z' ? c - 'a' : 26 + c % 38);
    }
    return set;
  }

  /** Computes the phonetic codes now (for forms shared between threads). */
  NameForm withCodes() {
    codes();
    return this;
  }

  boolean phoneticAgrees(NameForm o) {
    codes();
    o.codes();
    if (!primary.isEmpty() && (primary.equals(o.primary) || primary.equals(o.alternate) || alternate.equals(o.primary))) return true;
    for (String c : o.dm) if (dm.contains(c)) return true;
    return false;
  }

  private void codes() {
    if (dm != null) return;
    primary = nonNull(METAPHONE.doubleMetaphone(folded));
    alternate = nonNull(METAPHONE.doubleMetaphone(folded, true));
    dm = Set.of(DAITCH_MOKOTOFF.soundex(folded).split("\\|"));
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
