package org.dispatches.search;

import static org.dispatches.testing.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dispatches.api.FacetValue;
import org.dispatches.api.Hit;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.index.Fields;
import org.dispatches.testing.TestIndex;
import org.junit.jupiter.api.Test;

/** A name the text presents as an actor but the gazetteer lacks: searchable, never a facet value or a chip. */
class UnverifiedActorsTest {

  @Test
  void unverifiedActorsAreSearchableButOutOfFacetAndChips() throws Exception {
    try (TestIndex index = new TestIndex(List.of(
        report(
            "u1",
            "Envoy speaks",
            "Michael Herzog, the Israeli ambassador, said Hamas must free the hostages.",
            "2024-01-02",
            "Reuters"),
        report("u2", "Talks", "Hamas said the talks had stalled.", "2024-01-03", "Reuters")))) {
      SearchResponse all =
          index.service.search(SearchRequest.builder().size(10).facetSize(50).build());
      List<String> facet =
          all.facets().get(Fields.FACET_ACTOR).stream().map(FacetValue::value).toList();
      assertTrue(facet.contains("Hamas"), facet.toString());
      assertFalse(facet.contains("Michael Herzog"), facet.toString());
      assertFalse(
          facet.contains("Isaac Herzog"), "an unknown Herzog is not the president: " + facet);
      for (Hit h : all.hits())
        assertFalse(h.actors().contains("Michael Herzog"), h.actors().toString());
      assertEquals(
          Set.of("u1"),
          Set.copyOf(
              index.service.search(SearchRequest.of("actor:\"Michael Herzog\"")).hits().stream()
                  .map(Hit::id)
                  .toList()));
      assertEquals(
          1,
          index
              .service
              .search(SearchRequest.builder()
                  .actors(List.of("michael herzog"))
                  .size(10)
                  .facets(Set.of())
                  .facetSize(10)
                  .build())
              .total(),
          "the actor filter finds an unverified actor too, in any case");
    }
  }
}
