package org.dispatches.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.dispatches.extract.eval.CsvRows;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The cached stemmer gives Lucene's Porter stems, offsets and positions, on real news text. */
class CachedPorterStemFilterTest {

  @Test
  void stemsEveryWordOfRealArticlesAsLucenesPorterFilterDoes() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Map<String, String> row : CsvRows.read(SharedData.require("bbc-world-fulltext-2025q1/bbc_news.csv.gz"))) {
      texts.add(row.get("headline") + "\n\n" + row.get("content"));
      if (texts.size() == 400) break;
    }
    // the index's chain with Lucene's own stemmer, with the cache, and with a cache so small it is emptied often
    Analyzer reference = new TextAnalysis.EnglishText(PorterStemFilter::new);
    Analyzer production = new TextAnalysis.EnglishText();
    Analyzer tiny = new TextAnalysis.EnglishText(in -> new CachedPorterStemFilter(in, 50));
    long tokens = 0;
    int changed = 0;
    for (String text : texts) {
      List<String> expected = tokens(reference, text);
      assertEquals(expected, tokens(production, text));
      assertEquals(expected, tokens(tiny, text));
      tokens += expected.size();
      for (String t : expected) if (t.startsWith("hostag|") || t.startsWith("negoti|") || t.startsWith("minist|")) changed++;
    }
    assertTrue(tokens > 100_000, "too little text to compare: " + tokens);
    assertTrue(changed > 0, "no stemmed word seen: the comparison would prove nothing");
  }

  @Test
  void keywordsAreLeftAlone() throws IOException {
    CharArraySet keep = new CharArraySet(List.of("hostages"), false);
    Analyzer marked = chain(in -> new CachedPorterStemFilter(new SetKeywordMarkerFilter(in, keep)));
    List<String> out = tokens(marked, "hostages hostages ceasefires");
    assertEquals(List.of("hostages|0-8|1", "hostages|9-17|1", "ceasefir|18-28|1"), out);
  }

  private static Analyzer chain(UnaryOperator<TokenStream> stemmer) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, stemmer.apply(new LowerCaseFilter(source)));
      }
    };
  }

  /** term|start-end|position increment of every token. */
  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term + "|" + offset.startOffset() + "-" + offset.endOffset() + "|" + pos.getPositionIncrement());
      ts.end();
    }
    return out;
  }
}
