package org.dispatches.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Soft hyphens inside words (the Al Jazeera headlines are full of them) never split a word, and offsets still point at it. */
class SoftHyphenTest {

  @Test
  void softHyphenatedWordsAreOneTokenWhoseOffsetsCoverTheWholeWord() throws Exception {
    List<String> lines = Files.readAllLines(
        SharedData.require("aljazeera-israel-palestine-headlines/news_data.csv"),
        StandardCharsets.UTF_8);
    int checked = 0;
    try (Analyzer analyzer = TextAnalysis.perField();
        Analyzer reference = TextAnalysis.perField()) {
      for (String line : lines.subList(1, 300)) {
        if (line.indexOf('\u00AD') < 0) continue;
        try (TokenStream ts = analyzer.tokenStream(Fields.BODY, line)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            String raw = line.substring(offset.startOffset(), offset.endOffset());
            if (raw.indexOf('\u00AD') < 0) continue;
            String visible = raw.replace("\u00AD", "");
            // the token is the whole visible word, analysed as if it had never been hyphenated
            assertEquals(analyse(reference, visible), term.toString(), raw);
            assertTrue(
                Character.isLetter(raw.charAt(0))
                    && Character.isLetter(raw.charAt(raw.length() - 1)),
                raw);
            checked++;
          }
          ts.end();
        }
      }
    }
    assertTrue(checked > 500, "soft-hyphenated words checked: " + checked);
  }

  private static String analyse(Analyzer analyzer, String word) throws Exception {
    try (TokenStream ts = analyzer.tokenStream(Fields.BODY, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      StringBuilder out = new StringBuilder();
      while (ts.incrementToken()) out.append(term);
      ts.end();
      return out.toString();
    }
  }
}
