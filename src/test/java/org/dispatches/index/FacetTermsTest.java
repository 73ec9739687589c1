package org.dispatches.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dispatches.api.SearchRequest;
import org.dispatches.testing.TestIndex;
import org.junit.jupiter.api.Test;

/**
 * All facet dimensions share one Lucene field for their drill-down terms: whatever facets a
 * report has, in whatever order reports arrive, each must be accepted and found by its filters.
 */
class FacetTermsTest {

  @Test
  void aReportWithOnlyAnUnknownMonthThenOneWithAnOutletAreBothIndexedAndFiltered()
      throws Exception {
    try (TestIndex index = new TestIndex(List.of(
        TestIndex.report("b1", "Truce", "A ceasefire.", null, null),
        TestIndex.report(
            "a1", "Ceasefire talks", "Delegates met in Cairo.", "2024-04-08", "Reuters")))) {
      assertEquals(2, index.service.count());
      SearchRequest all = SearchRequest.of("ceasefire");
      assertEquals(2, index.service.search(all).total());
      SearchRequest reuters = SearchRequest.builder()
          .query("ceasefire")
          .outlets(List.of("Reuters"))
          .size(10)
          .facets(all.facets())
          .facetSize(20)
          .build();
      assertEquals(1, index.service.search(reuters).total());
    }
  }
}
