package org.dispatches.extract.actors;

import java.util.List;

/**
 * Decides whether two spellings name the same person. Every token must agree: either their folded
 * consonant skeletons are equal (with the same kind of first letter, and equal vowels when the
 * skeleton is a single letter), or a phonetic code agrees (Double Metaphone or Daitch-Mokotoff, as
 * in Lucene's phonetic module) and the folded spellings are within a small edit distance.
 */
final class NameMatcher {

  /** True when the token forms name the same person. */
  boolean matches(List<NameForm> a, List<NameForm> b) {
    if (a.size() != b.size() || a.isEmpty()) return false;
    for (int i = 0; i < a.size(); i++) if (!tokensMatch(a.get(i), b.get(i))) return false;
    return true;
  }

  /** True when two folded tokens are spellings of one name. */
  boolean tokensMatch(String a, String b) {
    return tokensMatch(new NameForm(a), new NameForm(b));
  }

  boolean tokensMatch(NameForm x, NameForm y) {
    // most pairs differ in how they start or in their letters, which the forms hold without their
    // strings: reading those cost more than the rest of the comparison
    if (x.start != y.start && x.start >= 0 && y.start >= 0) return false;
    if (!mayMatch(x.skeletonHash, x.letters, x.length, y.skeletonHash, y.letters, y.length))
      return false;
    String a = x.folded, b = y.folded;
    if (a.equals(b)) return true;
    if (a.isEmpty() || b.isEmpty() || NameKey.isVowel(a.charAt(0)) != NameKey.isVowel(b.charAt(0)))
      return false;
    if (x.skeleton.equals(y.skeleton))
      return x.skeleton.length() > 1 || vowels(a).equals(vowels(b));
    if (x.skeleton.isEmpty()
        || y.skeleton.isEmpty()
        || x.skeleton.charAt(0) != y.skeleton.charAt(0)) return false;
    // cheap test first: the costly phonetic codes only for near spellings
    int limit = editLimit(a.length(), b.length());
    // an edit adds at most one letter to a token's letter set and removes at most one: sets further
    // apart than twice the limit rule the distance out without filling its table
    if (Long.bitCount(x.letters ^ y.letters) > 2 * limit) return false;
    return EditDistance.within(a, b, limit) && x.phoneticAgrees(y);
  }

  /**
   * False when two tokens surely do not {@link #tokensMatch}, told from their skeletons' hashes,
   * letter sets and lengths alone: tokens that match have equal skeletons, or letter sets no further
   * apart than twice the edit limit of their lengths.
   */
  static boolean mayMatch(
      int skeletonHashA,
      long lettersA,
      int lengthA,
      int skeletonHashB,
      long lettersB,
      int lengthB) {
    return skeletonHashA == skeletonHashB
        || Long.bitCount(lettersA ^ lettersB) <= 2 * editLimit(lengthA, lengthB);
  }

  /** The edit distance two near spellings of these lengths may have. */
  private static int editLimit(int lengthA, int lengthB) {
    return Math.max(1, Math.min(lengthA, lengthB) / 4);
  }

  /** The vowels of a token but a final one: "Hayya" and "Hayye" differ only in a final vowel, as spelling habits do. */
  private static String vowels(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) if (NameKey.isVowel(s.charAt(i))) b.append(s.charAt(i));
    String v = b.toString();
    return NameKey.isVowel(s.charAt(s.length() - 1)) && !v.isEmpty()
        ? v.substring(0, v.length() - 1)
        : v;
  }
}
