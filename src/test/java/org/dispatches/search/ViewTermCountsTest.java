package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.index.Term;
import org.dispatches.index.Fields;
import org.dispatches.testing.TestIndex;
import org.junit.jupiter.api.Test;

/** A view's remembered term counts are the reader's own, and a new view reads them anew. */
class ViewTermCountsTest {
  @Test
  void countsAreTheReadersAndStayWithTheirView() throws Exception {
    try (TestIndex index = new TestIndex(List.of(
        TestIndex.report(
            "a", "Cease-fire holds", "The cease-fire held overnight.", "2024-01-02", "Reuters"),
        TestIndex.report(
            "b", "Talks", "Ceasefire talks resumed in Cairo.", "2024-01-03", "BBC News")))) {
      index.searchers.withSearcher(s -> {
        ViewTermCounts counts = s.termCounts();
        for (String term : List.of("cease-fire", "ceasefire", "cairo", "absent")) {
          int expected = s.getIndexReader().docFreq(new Term(Fields.BODY_EXACT, term));
          assertEquals(expected, counts.docFreq(Fields.BODY_EXACT, term), term);
          assertEquals(expected, counts.docFreq(Fields.BODY_EXACT, term), term + ", remembered");
        }
        assertEquals(1, counts.docFreq(Fields.BODY_EXACT, "cease-fire"));
        return null;
      });
    }
  }
}
