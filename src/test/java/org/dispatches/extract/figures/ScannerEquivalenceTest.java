package org.dispatches.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dispatches.extract.eval.CsvRows;
import org.dispatches.extract.text.Invisibles;
import org.dispatches.extract.text.NameToken;
import org.dispatches.extract.text.NumberWords;
import org.dispatches.extract.text.Sentences;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scanners that replaced regexes for speed split real report texts exactly as the
 * regexes (kept here as their definition) do, and the sentence prefilter of the figure extractor
 * drops no sentence in which the number finder finds a count.
 */
class ScannerEquivalenceTest {
  private static final Pattern NAME_WORD = Pattern.compile(
      "[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}.\\-]*[\\p{L}\\p{M}\\p{N}])?\\.?(?:['’](?:s\\b)?)?");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
  /** A token that starts with an ASCII digit ends where a digit meets a capitalized word ("1,300Israelis"). */
  private static final Pattern SENTENCE_TOKEN = Pattern.compile(
      "[0-9](?:(?!(?<=[0-9])[A-Z][a-z])(?:[\\p{L}\\p{N}\\p{M}'’\\-]|[.,](?=\\p{N})))*"
          + "|[\\p{L}\\p{N}&&[^0-9]](?:[\\p{L}\\p{N}\\p{M}'’\\-]|[.,](?=\\p{N}))*|\\S");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[‘’'`´\\-‐–—_.]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  @Test
  void tokenizersAgreeWithTheirRegexesOnRealReports() throws Exception {
    List<String> texts = new ArrayList<>();
    for (Map<String, String> row :
        CsvRows.read(SharedData.require("bbc-world-fulltext-2025q1/bbc_news.csv.gz"))) {
      texts.add(row.get("headline") + "\n\n" + row.get("content"));
    }
    for (Map<String, String> row :
        CsvRows.read(SharedData.require("gaza-war-fulltext-4-newspapers/output.csv.gz"))) {
      texts.add(row.get("text"));
    }
    texts.add(
        "Kasım’s envoy Abu-Obeida's U.S.' İstanbul naïve Σοφία’s ١٢ people, 2,300 and 2.5 km: ok.");
    int sentences = 0, withCount = 0;
    NumberFinder numbers = new NumberFinder();
    for (String text : texts) {
      assertEquals(regexNameTokens(text), NameToken.tokenize(text));
      for (String sentence : Sentences.split(NumberWords.asciiDigits(text))) {
        List<Token> tokens = Token.tokenize(sentence);
        assertEquals(regexTokens(sentence), tokens, sentence);
        sentences++;
        if (!numbers.find(tokens).isEmpty()) {
          withCount++;
          assertTrue(NumberFinder.mayHoldCount(sentence), "prefilter drops: " + sentence);
        }
      }
    }
    assertTrue(
        withCount > 1000 && sentences > 10000,
        sentences + " sentences, " + withCount + " with counts");
  }

  private static List<NameToken> regexNameTokens(String text) {
    List<NameToken> out = new ArrayList<>();
    Matcher m = NAME_WORD.matcher(Invisibles.PATTERN.matcher(text).replaceAll(""));
    while (m.find()) {
      String word = m.group();
      char last = word.charAt(word.length() - 1);
      if (last == 's' || last == '\'' || last == '’')
        word = POSSESSIVE.matcher(word).replaceAll("");
      boolean cap = Character.isUpperCase(word.charAt(0));
      for (String part : regexNormalize(word).split(" "))
        if (!part.isEmpty()) out.add(new NameToken(part, word, cap));
    }
    return out;
  }

  /** NameNormalizer's general path, which its ASCII paths must equal. */
  private static String regexNormalize(String s) {
    s = Invisibles.PATTERN.matcher(s).replaceAll("").replace('ı', 'i').replace('İ', 'I');
    s = MARKS
        .matcher(Normalizer.normalize(s, Normalizer.Form.NFD))
        .replaceAll("")
        .toLowerCase(Locale.ROOT);
    return SPACES.matcher(SEPARATORS.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
  }

  private static List<Token> regexTokens(String sentence) {
    List<Token> out = new ArrayList<>();
    Matcher m = SENTENCE_TOKEN.matcher(sentence);
    while (m.find())
      out.add(new Token(m.group(), m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
    return out;
  }
}
