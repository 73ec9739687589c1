package org.dispatches.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dispatches.index.FieldCatalog;
import org.junit.jupiter.api.Test;

class SearchBuildersTest {

  @Test
  void whatIsNotSetKeepsTheApisDefaults() {
    SearchRequest r = SearchRequest.builder().query("  ceasefire talks ").build();
    assertEquals("ceasefire talks", r.query());
    assertEquals(List.of(), r.outlets());
    assertNull(r.from());
    assertEquals(1, r.page());
    assertEquals(SearchRequest.DEFAULT_SIZE, r.size());
    assertEquals(Set.copyOf(FieldCatalog.FACET_DIMENSIONS), r.facets());
    assertEquals(DateInterval.MONTH, r.dateInterval());
    assertTrue(r.correct());
    assertEquals(CopyView.DEFAULT, r.copies());
    assertEquals(SortOrder.RELEVANCE, r.effectiveSort());
    assertEquals(r, SearchRequest.of("ceasefire talks"));
  }

  @Test
  void aCopyDiffersOnlyInWhatIsChanged() {
    SearchRequest first = SearchRequest.builder()
        .query("hostages")
        .outlets(List.of("Reuters"))
        .from(LocalDate.of(2023, 11, 1))
        .to(LocalDate.of(2024, 3, 31))
        .sort(SortOrder.DATE_DESCENDING)
        .facetFilter(FacetValueFilter.of("reu"))
        .dateInterval(DateInterval.WEEK)
        .correct(false)
        .copies(CopyView.of("none", "stories", null))
        .build();
    assertEquals(first, first.toBuilder().build());
    SearchRequest second = first.toBuilder().page(2).build();
    assertNotEquals(first, second);
    assertEquals(first, second.toBuilder().page(1).build());
  }

  @Test
  void theRequestChecksWhatTheBuilderWasGiven() {
    BadRequestException page = assertThrows(
        BadRequestException.class, () -> SearchRequest.builder().page(0).build());
    assertEquals("bad_parameter", page.code());
    assertThrows(
        BadRequestException.class,
        () -> SearchRequest.builder()
            .from(LocalDate.of(2024, 2, 1))
            .to(LocalDate.of(2024, 1, 1))
            .build());
    assertThrows(
        BadRequestException.class,
        () -> SearchRequest.builder().size(SearchRequest.MAX_SIZE + 1).build());
  }

  @Test
  void aResponseCopyCarriesEverythingElse() {
    SearchResponse asTyped = SearchResponse.builder()
        .query("ceasfire")
        .total(0)
        .size(10)
        .nextCursor("c")
        .stories(0L)
        .collapsed(true)
        .build();
    Correction suggested = new Correction("ceasefire", false, "ceasfire");
    SearchResponse corrected = asTyped.toBuilder().correction(suggested).build();
    assertEquals(suggested, corrected.correction());
    assertEquals(asTyped, corrected.toBuilder().correction(null).build());
    assertEquals(List.of(), asTyped.hits());
    assertNull(asTyped.actor());
  }
}
