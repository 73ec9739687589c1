package org.dispatches.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word, number or punctuation mark of a sentence, with its lower-case form and offsets. */
record Token(String text, String lower, int start, int end) {
  /** Words (with inner hyphens and apostrophes), numbers (with separators), or one other character. */
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}'’\\-]|[.,](?=\\p{N}))*|\\S");

  /** The tokens of a sentence. */
  static List<Token> tokenize(String sentence) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      String t = m.group();
      // a trailing apostrophe-s or apostrophe is a possessive, not part of the word
      out.add(new Token(t, t.toLowerCase(Locale.ROOT), m.start(), m.end()));
    }
    return out;
  }

  boolean isWord() {
    return Character.isLetter(text.charAt(0));
  }

  boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }
}
