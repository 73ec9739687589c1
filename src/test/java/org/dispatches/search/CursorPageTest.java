package org.dispatches.search;

import static org.dispatches.testing.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dispatches.api.BadRequestException;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.api.SortOrder;
import org.dispatches.ingest.RawReport;
import org.dispatches.testing.TestIndex;
import org.junit.jupiter.api.Test;

/** A response read by cursor says which page it is, as a response read by page number does. */
class CursorPageTest {
  @Test
  void followingNextCursorCountsThePages() throws Exception {
    List<RawReport> reports = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      reports.add(report(
          "r" + i,
          "Truce report " + i,
          "Mediators met again.",
          LocalDate.of(2024, 1, 1).plusDays(i).toString(),
          "Reuters"));
    }
    try (TestIndex index = new TestIndex(reports)) {
      SearchResponse page = index.service.search(request(null));
      List<Integer> pages = new ArrayList<>(List.of(page.page()));
      while (page.nextCursor() != null) {
        page = index.service.search(request(page.nextCursor()));
        pages.add(page.page());
      }
      assertEquals(List.of(1, 2, 3), pages);
      assertEquals(5, page.hits().size());
      assertNull(page.nextCursor());
      String forged = java.util.Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString("c1|-date|3|l19700|p0".getBytes());
      assertThrows(BadRequestException.class, () -> index.service.search(request(forged)));
    }
  }

  private static SearchRequest request(String cursor) {
    return SearchRequest.builder()
        .sort(SortOrder.DATE_DESCENDING)
        .size(10)
        .facets(Set.of())
        .facetSize(20)
        .cursor(cursor)
        .build();
  }
}
