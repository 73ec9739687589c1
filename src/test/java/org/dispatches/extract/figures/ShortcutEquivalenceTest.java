package org.dispatches.extract.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dispatches.extract.actors.NameKey;
import org.dispatches.extract.eval.CsvRows;
import org.dispatches.extract.text.NumberWords;
import org.dispatches.extract.text.PatternAt;
import org.dispatches.extract.text.Sentences;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts taken for speed change no result on real report texts: name folding that skips
 * digraph rules equals the plain chain of replacements (kept here as its definition), the bit-mask
 * word scan finds the runs a character-by-character scan finds, and the cue prefilter of the
 * figure extractor drops no sentence that yields a figure, and the sentences it finds from the
 * cue words of the whole text are those of splitting every sentence and asking each.
 */
class ShortcutEquivalenceTest {
  private static final Pattern OU_BEFORE_VOWEL = Pattern.compile("ou(?=[aeiy])");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

  @Test
  void shortcutsAgreeWithTheirDefinitionsOnRealReports() throws Exception {
    List<String> texts = realTexts();
    texts.add(
        "KİLLED Kelvin \u212Ailled; cease-fire’s halt: Dschabir Tchaikovsky Shoukri Ouahid Abdoullah.");
    // sentences glued inside a run of letters, on either side of a cue
    texts.add("Two people were killedThree more were hurt. The truce heldHundreds fled.");
    texts.add("A KiLLed man.Wounded: Five people. Mr. Smith said fourteen died!Next?");
    int words = 0, sentences = 0, withFigure = 0;
    FigureExtractor figures = new FigureExtractor();
    for (String text : texts) {
      for (String w : NOT_LETTERS.split(text.toLowerCase(java.util.Locale.ROOT))) {
        if (w.isEmpty()) continue;
        assertEquals(plainFold(w), NameKey.fold(w), w);
        words++;
      }
      PatternAt.WordTest everyOther = (t, start, end) -> (start + end) % 2 == 0;
      assertArrayEquals(
          charByCharWordStarts(text, everyOther), PatternAt.wordStarts(text, everyOther));
      String digits = NumberWords.asciiDigits(text);
      assertEquals(
          Sentences.split(digits).stream().filter(FigureCues::mayHoldCue).toList(),
          FigureCues.sentencesWithCues(digits));
      for (String sentence : Sentences.split(digits)) {
        sentences++;
        if (!figures.extract(sentence).isEmpty()) {
          withFigure++;
          assertTrue(FigureCues.mayHoldCue(sentence), "cue prefilter drops: " + sentence);
        }
      }
    }
    assertTrue(
        words > 100_000 && withFigure > 500,
        words + " words, " + sentences + " sentences, " + withFigure + " with figures");
  }

  private static List<String> realTexts() throws Exception {
    List<String> texts = new ArrayList<>();
    for (Map<String, String> row :
        CsvRows.read(SharedData.require("bbc-world-fulltext-2025q1/bbc_news.csv.gz"))) {
      texts.add(row.get("headline") + "\n\n" + row.get("content"));
    }
    for (Map<String, String> row :
        CsvRows.read(SharedData.require("gaza-war-fulltext-4-newspapers/output.csv.gz"))) {
      texts.add(row.get("text"));
    }
    return texts;
  }

  /** The folding rules as first written: every replacement applied in turn. */
  private static String plainFold(String t) {
    String s = t.indexOf('h') < 0
        ? t.replace("dj", "j").replace("ck", "k")
        : t.replace("dsch", "j")
            .replace("sch", "s")
            .replace("tch", "c")
            .replace("kh", "h")
            .replace("gh", "g")
            .replace("sh", "s")
            .replace("ch", "s")
            .replace("zh", "j")
            .replace("dj", "j")
            .replace("th", "t")
            .replace("dh", "d")
            .replace("ph", "f")
            .replace("ck", "k");
    if (s.contains("ou")) s = OU_BEFORE_VOWEL.matcher(s).replaceAll("w");
    s = s.replace("ou", "u").replace("oo", "u").replace("ee", "i");
    StringBuilder b = new StringBuilder(s.length());
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
      if (b.isEmpty() || b.charAt(b.length() - 1) != c) b.append(c);
    }
    int n = b.length();
    if (n > 2 && b.charAt(n - 1) == 'h' && NameKey.isVowel(b.charAt(n - 2))) b.setLength(n - 1);
    return b.toString();
  }

  private static int[] charByCharWordStarts(String text, PatternAt.WordTest accepts) {
    int[] out = new int[text.length() + 1];
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      if (!PatternAt.isAsciiLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < text.length() && PatternAt.isAsciiLetter(text.charAt(end))) end++;
      if (accepts.test(text, i, end)) out[n++] = i;
      i = end;
    }
    return Arrays.copyOf(out, n);
  }
}
