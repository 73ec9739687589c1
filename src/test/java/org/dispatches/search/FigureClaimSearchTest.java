package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dispatches.api.Hit;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.index.Fields;
import org.dispatches.testing.TestIndex;
import org.junit.jupiter.api.Test;

/** Stated figures answer killed:>N; projected, proposed and combined ones answer killed_any:>N; the attribution facet counts canonical sources. */
class FigureClaimSearchTest {
  private static Set<String> ids(TestIndex index, String query) throws Exception {
    return index
        .service
        .search(SearchRequest.builder()
            .query(query)
            .size(100)
            .facets(Set.of())
            .facetSize(20)
            .build())
        .hits()
        .stream()
        .map(Hit::id)
        .collect(Collectors.toSet());
  }

  @Test
  void onlyStatedFiguresAnswerTheKindAndEveryFigureItsAnyField() throws Exception {
    try (TestIndex index = new TestIndex(List.of(
        TestIndex.report(
            "stated",
            "Toll",
            "More than 90,000 people have been killed, the Hamas-run health ministry said.",
            "2024-05-01",
            "A"),
        TestIndex.report(
            "projected",
            "Study",
            "Researchers warned the fighting could lead to 85,000 more deaths.",
            "2024-05-02",
            "B"),
        TestIndex.report(
            "combined",
            "Count",
            "More than 100,000 people killed, injured, missing, officials in Gaza said.",
            "2024-05-03",
            "C")))) {
      assertEquals(Set.of("stated"), ids(index, "killed:>80000"));
      assertEquals(Set.of("stated", "projected", "combined"), ids(index, "killed_any:>80000"));
      assertEquals(Set.of("projected"), ids(index, "killed_any:[80000 TO 86000]"));
    }
  }

  @Test
  void theAttributionFacetCountsOneValuePerSource() throws Exception {
    try (TestIndex index = new TestIndex(List.of(
        TestIndex.report(
            "a",
            "One",
            "At least 20 people were killed, the Hamas-run health ministry said.",
            "2024-05-01",
            "A"),
        TestIndex.report(
            "b",
            "Two",
            "At least 30 people were killed, according to the territory's health ministry.",
            "2024-05-02",
            "B"),
        TestIndex.report(
            "c",
            "Three",
            "Gaza's Health Ministry says 40 people have been killed.",
            "2024-05-03",
            "C")))) {
      SearchResponse r = index.service.search(SearchRequest.builder()
          .size(10)
          .facets(Set.of(Fields.FACET_ATTRIBUTION))
          .facetSize(20)
          .build());
      // value and report count: the story count beside it belongs to the copies work
      assertEquals(
          List.of("Gaza health ministry=3"),
          r.facets().get(Fields.FACET_ATTRIBUTION).stream()
              .map(v -> v.value() + "=" + v.count())
              .toList());
    }
  }
}
