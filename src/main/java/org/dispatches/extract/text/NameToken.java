package org.dispatches.extract.text;

import java.util.ArrayList;
import java.util.List;

/** A word of a text as the actor scan sees it: its normalized form, the text as written, and its case. */
public record NameToken(String norm, String original, boolean capitalized) {

  /**
   * The words of a text; possessive endings are dropped, inner dashes split words. A word is a
   * letter, mark or digit, then a run of those, periods and dashes up to its last letter, mark or
   * digit, then maybe one period ("U.S."), then maybe an apostrophe with a possessive "s".
   */
  public static List<NameToken> tokenize(String text) {
    return tokenizeClean(Invisibles.remove(text));
  }

  /** The same for a text already without invisible characters. */
  public static List<NameToken> tokenizeClean(String t) {
    List<NameToken> out = new ArrayList<>(t.length() / 5);
    int n = t.length();
    int i = 0;
    while (i < n) {
      char c = t.charAt(i);
      // ASCII needs no code point decoding nor category lookup
      if (c < 0x80 ? !isAsciiLetterOrDigit(c) : !isWordChar(t.codePointAt(i))) {
        i += c < 0x80 ? 1 : Character.charCount(t.codePointAt(i));
        continue;
      }
      long plain = c < 0x80 ? plainWord(t, i) : -1;
      if (plain >= 0) {
        // most words: ASCII letters and digits, then a character that cannot continue a word
        int plainEnd = (int) plain;
        String word = t.substring(i, plainEnd);
        String norm = (plain & HAS_CAPITAL) == 0 ? word : lowerCase(t, i, plainEnd);
        out.add(new NameToken(norm, word, c >= 'A' && c <= 'Z'));
        i = plainEnd;
        continue;
      }
      int end = wordEnd(t, i);
      add(out, t.substring(i, end));
      i = end;
    }
    return out;
  }

  /** Set in {@link #plainWord}'s answer when the word holds a capital letter. */
  private static final long HAS_CAPITAL = 1L << 32;

  /**
   * The end of the word at {@code start} when it is ASCII letters and digits only and the next
   * character can neither continue it ('.', '-', a non-ASCII letter) nor start a possessive, with
   * {@link #HAS_CAPITAL} set when it holds a capital; else -1. Such a word is its own normalized
   * form, lower-cased, as {@link #add} would make it; the one scan tells both.
   */
  private static long plainWord(String t, int start) {
    int n = t.length();
    long capital = isAsciiUpperCase(t.charAt(start)) ? HAS_CAPITAL : 0;
    int j = start + 1;
    for (; j < n; j++) {
      char d = t.charAt(j);
      if (!isAsciiLetterOrDigit(d)) break;
      if (isAsciiUpperCase(d)) capital = HAS_CAPITAL;
    }
    if (j == n) return j | capital;
    char next = t.charAt(j);
    return next < 0x80 && next != '.' && next != '-' && next != '\'' ? j | capital : -1;
  }

  /**
   * text[from, to), ASCII letters and digits, in lower case, as {@code toLowerCase(Locale.ROOT)}
   * makes it, without its per-character case tables: a fifth of a text's words are capitalized.
   */
  private static String lowerCase(String t, int from, int to) {
    byte[] b = new byte[to - from];
    for (int j = from; j < to; j++) {
      char c = t.charAt(j);
      b[j - from] = (byte) (isAsciiUpperCase(c) ? c + ('a' - 'A') : c);
    }
    return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static boolean isAsciiUpperCase(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** The end of the word starting at {@code start}. */
  private static int wordEnd(String t, int start) {
    int n = t.length();
    int end = start + Character.charCount(t.codePointAt(start));
    for (int j = end; j < n; ) {
      char c = t.charAt(j);
      // ASCII needs no code point decoding nor category lookup
      if (c < 0x80) {
        if (isAsciiLetterOrDigit(c)) end = j + 1;
        else if (c != '.' && c != '-') break;
        j++;
        continue;
      }
      int cp = t.codePointAt(j);
      if (isWordChar(cp)) end = j + Character.charCount(cp);
      else if (cp != '.' && cp != '-') break;
      j += Character.charCount(cp);
    }
    if (end < n && t.charAt(end) == '.') end++;
    if (end < n && (t.charAt(end) == '\'' || t.charAt(end) == '’')) {
      end++;
      // a possessive "s" only when it ends the word (ASCII word characters, as the regex \b has
      // them)
      if (end < n && t.charAt(end) == 's' && (end + 1 >= n || !isAsciiWordChar(t.charAt(end + 1))))
        end++;
    }
    return end;
  }

  private static void add(List<NameToken> out, String word) {
    char last = word.charAt(word.length() - 1);
    if (last == 's' && word.length() >= 2 && isApostrophe(word.charAt(word.length() - 2))) {
      word = word.substring(0, word.length() - 2);
    } else if (isApostrophe(last)) {
      word = word.substring(0, word.length() - 1);
    }
    boolean cap = Character.isUpperCase(word.charAt(0));
    String norm = NameNormalizer.normalize(word);
    if (norm.indexOf(' ') < 0) {
      if (!norm.isEmpty()) out.add(new NameToken(norm, word, cap));
      return;
    }
    for (String part : norm.split(" ")) {
      if (!part.isEmpty()) out.add(new NameToken(part, word, cap));
    }
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** A letter, mark or number (\p{L}, \p{M}, \p{N}). */
  static boolean isWordChar(int cp) {
    if (cp < 0x80)
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER -> true;
      default -> false;
    };
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
  public static String original(List<NameToken> tokens, int i, int n) {
    if (n == 1) return tokens.get(i).original();
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
