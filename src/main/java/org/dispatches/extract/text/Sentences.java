package org.dispatches.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences: at line breaks, and after '.', '!' or '?' followed by a space and a
 * capital, digit or quote, except after abbreviations ("Mr.", "Oct.", "U.S."). Scraped pages that
 * glue paragraphs together ("Italy.Suzanne") are split too.
 */
public final class Sentences {
  /** Abbreviations after which a period does not end a sentence. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "st", "jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "rep", "sen",
      "gov", "prof", "maj", "brig", "adm", "cpl", "pvt", "jr", "sr", "approx", "est");

  private static final WordList ABBREVIATION_WORDS = new WordList(ABBREVIATIONS);
  /**
   * Number words that a scrape glues to the header before them ("BelarusThree Belarusian nationals
   * were killed", "attackHundreds killed"): where one starts with a capital right after a lower-case
   * letter, a new sentence starts.
   */
  private static final WordList GLUED_NUMBERS = new WordList(gluedNumbers());

  private Sentences() {}

  /** The sentences of {@code text}, stripped, in order; never null. */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(out, text, start, i);
        start = i + 1;
      } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
        add(out, text, start, i + 1);
        start = i + 1;
      } else if (c >= 'A' && c <= 'Z' && i > start && gluedNumber(text, i)) {
        add(out, text, start, i);
        start = i;
      }
    }
    add(out, text, start, n);
    return out;
  }

  /** A sentence's bounds in its text, [from, to), before stripping. */
  public record Bounds(int from, int to) {}

  /**
   * The bounds of the sentence {@link #split} puts the character at {@code p} in; {@code p} is no
   * line break nor '.', '!' or '?'. Where split cuts is known from the text around each place, so a
   * sentence is found from one of its characters without splitting the text before it.
   */
  public static Bounds around(String text, int p) {
    int from = 0;
    for (int i = p; i >= 0; i--) {
      int cut = cutAt(text, i);
      if (cut == NONE) continue;
      // a line break or a mark belongs to the sentence before; a glued number starts the next
      from = cut == GLUED ? i : i + 1;
      break;
    }
    int to = text.length();
    for (int i = p + 1; i < to; i++) {
      int cut = cutAt(text, i);
      if (cut == NONE) continue;
      to = cut == MARK ? i + 1 : i;
      break;
    }
    return new Bounds(from, to);
  }

  private static final int NONE = 0, LINE = 1, MARK = 2, GLUED = 3;

  /** Whether and how {@link #split} cuts at {@code i}: a line break, a mark ending a sentence, a glued number word. */
  private static int cutAt(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') return LINE;
    if (c == '.' || c == '!' || c == '?') return endsSentence(text, i) ? MARK : NONE;
    // split asks this only after its sentence's start, which a glued number's small letter before
    // it never is
    if (c >= 'A' && c <= 'Z' && i > 0 && gluedNumber(text, i)) return GLUED;
    return NONE;
  }

  private static boolean endsSentence(String text, int i) {
    int n = text.length();
    if (i + 1 >= n) return true;
    char next = text.charAt(i + 1);
    // paragraphs glued without a space: a lower-case word, then ".", then a capital
    if (Character.isUpperCase(next)) return text.charAt(i) == '.' && gluedParagraph(text, i);
    if (next == '"' || next == '”' || next == '’' || next == ')')
      return i + 2 >= n || Character.isWhitespace(text.charAt(i + 2));
    if (!Character.isWhitespace(next)) return false;
    int j = i + 1;
    while (j < n && text.charAt(j) == ' ') j++;
    if (j >= n) return true;
    char first = text.charAt(j);
    boolean opens = Character.isUpperCase(first)
        || Character.isDigit(first)
        || "\"“‘'([".indexOf(first) >= 0
        || first == '\n';
    return opens && !(text.charAt(i) == '.' && abbreviationBefore(text, i));
  }

  /** A capitalized number word at {@code i} right after a lower-case ASCII letter. */
  private static boolean gluedNumber(String text, int i) {
    char before = text.charAt(i - 1);
    if (before < 'a' || before > 'z') return false;
    int end = i + 1;
    while (end < text.length() && text.charAt(end) >= 'a' && text.charAt(end) <= 'z') end++;
    return GLUED_NUMBERS.contains(text, i, end, true);
  }

  private static java.util.Set<String> gluedNumbers() {
    java.util.Set<String> words = new java.util.HashSet<>(NumberWords.units());
    words.addAll(java.util.Set.of("hundreds", "thousands", "dozens", "tens"));
    return words;
  }

  private static boolean gluedParagraph(String text, int dot) {
    return dot >= 3
        && Character.isLowerCase(text.charAt(dot - 1))
        && Character.isLowerCase(text.charAt(dot - 2))
        && !abbreviationBefore(text, dot);
  }

  private static boolean abbreviationBefore(String text, int dot) {
    int s = dot;
    boolean ascii = true;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) ascii &= text.charAt(--s) < 0x80;
    // single letters are initials ("U.S.", "J. Smith")
    if (dot - s == 1) return true;
    // the abbreviations are ASCII letters without a "k": a word with a non-ASCII letter never
    // lower-cases
    // to one (the Kelvin sign becomes "k"; the dotted capital I gains a combining dot; others stay
    // non-ASCII)
    return ascii && ABBREVIATION_WORDS.contains(text, s, dot, true);
  }

  private static void add(List<String> out, String text, int from, int to) {
    String s = text.substring(from, to).strip();
    if (!s.isEmpty()) out.add(s);
  }
}
