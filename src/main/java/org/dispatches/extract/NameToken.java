package org.dispatches.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word of a text as the actor scan sees it: its normalized form, the text as written, and its case. */
record NameToken(String norm, String original, boolean capitalized) {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}.\\-]*[\\p{L}\\p{M}\\p{N}])?\\.?(?:['’](?:s\\b)?)?");

  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

  /** The words of a text; possessive endings are dropped, inner dashes split words. */
  static List<NameToken> tokenize(String text) {
    List<NameToken> out = new ArrayList<>();
    Matcher m = WORD.matcher(Invisibles.remove(text));
    while (m.find()) {
      String word = m.group();
      char last = word.charAt(word.length() - 1);
      if (last == 's' || last == '\'' || last == '’') word = POSSESSIVE.matcher(word).replaceAll("");
      boolean cap = Character.isUpperCase(word.charAt(0));
      for (String part : NameNormalizer.normalize(word).split(" ")) {
        if (!part.isEmpty()) out.add(new NameToken(part, word, cap));
      }
    }
    return out;
  }

  /** The normalized key of tokens [i, i+n). */
  static String key(List<NameToken> tokens, int i, int n) {
    if (n == 1) return tokens.get(i).norm();
    StringBuilder b = new StringBuilder();
    for (int j = i; j < i + n; j++) {
      if (j > i) b.append(' ');
      b.append(tokens.get(j).norm());
    }
    return b.toString();
  }

  /** The written text of tokens [i, i+n), one word per distinct original. */
  static String original(List<NameToken> tokens, int i, int n) {
    StringBuilder b = new StringBuilder();
    String last = null;
    for (int j = i; j < i + n; j++) {
      String o = tokens.get(j).original();
      // a word split at dashes yields several tokens with one original
      if (o.equals(last)) continue;
      if (b.length() > 0) b.append(' ');
      b.append(o);
      last = o;
    }
    return b.toString();
  }
}
