package org.dispatches.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dispatches.extract.eval.CsvRows;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The word list answers as its plain definition does (each listed word of the stretch's length
 * compared in turn), on every word of real reports and on the odd characters that case folding
 * treats specially.
 */
class WordListTest {
  private static final List<String> WORDS = List.of(
      "killed",
      "Killed",
      "dead",
      "kin",
      "ceasefire",
      "fire",
      "al",
      "UN",
      "état",
      "Ōta",
      "o'clock",
      "-s",
      "ok",
      "k");
  private final WordList list = new WordList(WORDS);

  /** The definition: the first characters equal (ASCII letters folded when asked), then the rest compared. */
  private static boolean reference(String text, int start, int end, boolean ignoreCase) {
    int n = end - start;
    if (n <= 0) return false;
    for (String w : WORDS) {
      if (w.length() != n) continue;
      if (fold(w.charAt(0), ignoreCase) != fold(text.charAt(start), ignoreCase)) continue;
      if (text.regionMatches(ignoreCase, start, w, 0, n)) return true;
    }
    return false;
  }

  private static char fold(char c, boolean ignoreCase) {
    return ignoreCase && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  @Test
  void answersAsTheDefinitionOnEveryWordOfRealReports() throws Exception {
    List<String> texts = new ArrayList<>();
    for (Map<String, String> row :
        CsvRows.read(SharedData.require("gaza-war-fulltext-4-newspapers/output.csv.gz"))) {
      texts.add(row.get("text"));
    }
    int found = 0, asked = 0;
    for (String text : texts) {
      // every stretch between blanks and every run of letters in it, as the scans ask
      for (int i = 0; i < text.length(); ) {
        if (Character.isWhitespace(text.charAt(i))) {
          i++;
          continue;
        }
        int end = i;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
        for (int from = i; from < end; from++) {
          if (from > i && Character.isLetter(text.charAt(from - 1))) continue;
          int to = from;
          while (to < end && Character.isLetter(text.charAt(to))) to++;
          for (int stop : new int[] {to, end}) {
            for (boolean ignoreCase : new boolean[] {true, false}) {
              boolean expected = reference(text, from, stop, ignoreCase);
              assertEquals(
                  expected,
                  list.contains(text, from, stop, ignoreCase),
                  text.substring(from, stop));
              asked++;
              if (expected) found++;
            }
          }
        }
        i = end;
      }
    }
    assertTrue(found > 1000 && asked > 1_000_000, found + " found of " + asked);
  }

  @Test
  void foldsOnlyAsciiLettersAndKeepsOtherCharactersAsWritten() {
    assertTrue(list.contains("KILLED", 0, 6, true));
    assertFalse(list.contains("KILLED", 0, 6, false));
    assertTrue(list.contains("Killed", 0, 6, false));
    assertTrue(list.contains("un", 0, 2, true));
    assertFalse(list.contains("un", 0, 2, false));
    assertTrue(
        list.contains("éTAT", 0, 4, true), "String.regionMatches folds past the first letter");
    assertTrue(list.contains("état", 0, 4, false));
    assertFalse(
        list.contains("État", 0, 4, true), "a first letter past ASCII is compared as written");
    assertTrue(list.contains("Ōta", 0, 3, false));
    assertTrue(list.contains("O'CLOCK", 0, 7, true));
    assertTrue(list.contains("-s", 0, 2, false));
    assertTrue(list.contains("-S", 0, 2, true));
    // the Kelvin sign lower-cases to "k": not as a first letter, but inside a stretch
    assertFalse(list.contains("\u212Ain", 0, 3, true));
    assertTrue(list.contains("o\u212A", 0, 2, true));
    assertFalse(list.contains("o\u212A", 0, 2, false));
    assertFalse(list.contains("", 0, 0, true));
    assertFalse(list.contains("killed", 3, 3, true));
    assertFalse(list.contains("a much longer stretch than any word", 0, 35, true));
  }
}
