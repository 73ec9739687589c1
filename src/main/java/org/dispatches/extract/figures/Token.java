package org.dispatches.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A word, number or punctuation mark of a sentence, with its lower-case form and offsets. */
record Token(String text, String lower, int start, int end) {
  /**
   * The tokens of a sentence: words and numbers (a letter or digit, then letters, digits, marks,
   * apostrophes and hyphens, and periods or commas followed by a digit, "2,300", "2.5"), and every
   * other non-blank character on its own.
   */
  static List<Token> tokenize(String sentence) {
    List<Token> out = new ArrayList<>();
    int n = sentence.length();
    for (int i = 0; i < n; ) {
      int cp = sentence.codePointAt(i);
      int end = i + Character.charCount(cp);
      if (isLetterOrNumber(cp)) {
        end = wordEnd(sentence, end);
        if (cp >= '0' && cp <= '9') end = digitsEnd(sentence, i, end);
      } else if (isBlank(cp)) {
        i = end;
        continue;
      }
      String t = sentence.substring(i, end);
      out.add(new Token(t, t.toLowerCase(Locale.ROOT), i, end));
      i = end;
    }
    return out;
  }

  /**
   * "1,300Israelis": a token that starts with a digit ends where a digit meets a capitalized word;
   * "4G" and "F16" (no lower-case letter after the capital, or no digit first) stay one token.
   */
  private static int digitsEnd(String s, int start, int end) {
    for (int k = start + 1; k + 1 < end; k++) {
      char c = s.charAt(k), before = s.charAt(k - 1), after = s.charAt(k + 1);
      if (c >= 'A' && c <= 'Z' && before >= '0' && before <= '9' && after >= 'a' && after <= 'z')
        return k;
    }
    return end;
  }

  private static int wordEnd(String s, int from) {
    int n = s.length();
    int j = from;
    while (j < n) {
      int c = s.codePointAt(j);
      if (isLetterOrNumber(c) || c == '\'' || c == '’' || c == '-' || (c >= 0x80 && isMark(c))) {
        j += Character.charCount(c);
      } else if ((c == '.' || c == ',') && j + 1 < n && isNumber(s.codePointAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /** A combining mark; no ASCII character is one, and most words end at an ASCII character. */
  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** The blanks of a regex {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isBlank(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static boolean isLetterOrNumber(int c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return Character.isLetter(c) || isNumber(c);
  }

  private static boolean isNumber(int c) {
    if (c < 0x80) return c >= '0' && c <= '9';
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  boolean isWord() {
    return Character.isLetter(text.charAt(0));
  }

  boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }
}
