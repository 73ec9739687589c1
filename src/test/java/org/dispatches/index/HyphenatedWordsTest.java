package org.dispatches.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class HyphenatedWordsTest {
  private final Analyzer analyzer = TextAnalysis.perField();

  private List<String> tokens(String field, String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(term + "@" + pos + ":" + text.substring(off.startOffset(), off.endOffset()));
      }
      ts.end();
    }
    return out;
  }

  @Test
  void aCompoundIsItsWordsAndAsWrittenAtTheFirstWordsPosition() throws Exception {
    assertEquals(
        List.of(
            "the@0:The",
            "cease-fire@1:cease-fire",
            "cease@1:cease",
            "fire@2:fire",
            "holds@3:holds"),
        tokens(Fields.BODY_EXACT, "The cease-fire holds"));
    assertEquals(
        List.of("al-qassam@0:Al-Qassam", "al@0:Al", "qassam@1:Qassam", "brigades@2:Brigades"),
        tokens(Fields.BODY_EXACT, "Al-Qassam Brigades"));
  }

  @Test
  void hyphensBetweenOtherCharactersAndTheStemmedFieldAreUnchanged() throws Exception {
    assertEquals(
        List.of("2023@0:2023", "24@1:24", "war@2:war"),
        tokens(Fields.BODY_EXACT, "2023-24 - war-"));
    assertEquals(
        List.of("ceas@1:cease", "fire@2:fire", "hold@3:holds"),
        tokens(Fields.BODY, "The cease-fire holds"));
  }
}
