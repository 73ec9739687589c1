package org.dispatches.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.dispatches.extract.eval.CsvRows;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The memoized English chain gives what Lucene's filters give run directly: terms, offsets, positions. */
class MemoizedTermFiltersTest {
  private final Analyzer reference =
      new TextAnalysis.EnglishText(TextAnalysis.EnglishText::termFilters);

  @Test
  void analysesRealArticlesAsLucenesFiltersDo() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Map<String, String> row :
        CsvRows.read(SharedData.require("bbc-world-fulltext-2025q1/bbc_news.csv.gz"))) {
      texts.add(row.get("headline") + "\n\n" + row.get("content"));
      if (texts.size() == 400) break;
    }
    // the production chain, and one whose table is so small it is emptied every 50 distinct words
    Analyzer production = new TextAnalysis.EnglishText();
    Analyzer tiny = new TextAnalysis.EnglishText(
        in -> new MemoizedTermFilters(in, TextAnalysis.EnglishText::termFilters, 50));
    long tokens = 0;
    int stemmed = 0, afterStopWord = 0;
    for (String text : texts) {
      List<String> expected = tokens(reference, text);
      assertEquals(expected, tokens(production, text));
      assertEquals(expected, tokens(tiny, text));
      tokens += expected.size();
      for (String t : expected) {
        if (t.startsWith("hostag|") || t.startsWith("negoti|") || t.startsWith("minist|"))
          stemmed++;
        if (!t.endsWith("|1")) afterStopWord++;
      }
    }
    assertTrue(tokens > 100_000, "too little text to compare: " + tokens);
    assertTrue(
        stemmed > 0 && afterStopWord > 1_000,
        "no stems or no dropped stop words seen: the comparison would prove nothing");
  }

  @Test
  void trailingStopWordsLongWordsAndFoldedLettersMatchTheReference() throws IOException {
    String longWord = "Supercalifragilistic".repeat(4) + "ally";
    String text =
        "The hostages' families, in Khan Yūnis, said " + longWord + " that it was over and to the";
    for (Analyzer memoized : List.of(
        new TextAnalysis.EnglishText(),
        new TextAnalysis.EnglishText(
            in -> new MemoizedTermFilters(in, TextAnalysis.EnglishText::termFilters, 2)))) {
      assertEquals(tokens(reference, text), tokens(memoized, text));
      // twice in a row: the second pass reads everything from the table
      assertEquals(tokens(reference, text + " " + text), tokens(memoized, text + " " + text));
    }
    assertTrue(
        tokens(reference, text).contains("yuni|32-37|1"),
        tokens(reference, text).toString());
  }

  /** term|start-end|position increment of every token, then the end state: "end|final offset|increment". */
  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken())
        out.add(term + "|" + offset.startOffset() + "-" + offset.endOffset() + "|"
            + pos.getPositionIncrement());
      ts.end();
      out.add("end|" + offset.endOffset() + "|" + pos.getPositionIncrement());
    }
    return out;
  }
}
