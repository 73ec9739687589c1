package org.dispatches.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import org.dispatches.api.ActorNames;
import org.dispatches.api.BadRequestException;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.search.QueryTranslator;
import org.junit.jupiter.api.Test;

/** The DSL that queries in the query language become (no cluster needed). */
class QueryDslTest {
  private final QueryTranslator translator =
      new QueryTranslator(new ActorNames(Gazetteer.loadDefault()));

  private String dsl(String query) {
    return QueryDsl.translate(translator.translate(query)).toString();
  }

  @Test
  void wordsBecomeAnalyzedTermsOnTitleAndBodyWithTheTitleBoost() {
    String q = dsl("Ceasefires");
    assertTrue(q.contains("{\"term\":{\"title\":\"ceasefir\"}}"), q);
    assertTrue(q.contains("{\"term\":{\"body\":\"ceasefir\"}}"), q);
    assertTrue(q.contains("\"boost\":2.0"), q);
  }

  @Test
  void anExactPhraseRunsOnTheWordsAsWrittenStopWordsKept() {
    String q = dsl("body:\"war in Gaza\"");
    assertEquals(
        "{\"span_near\":{\"clauses\":[{\"span_term\":{\"body_exact\":\"war\"}},{\"span_term\":{\"body_exact\":\"in\"}},"
            + "{\"span_term\":{\"body_exact\":\"gaza\"}}],\"slop\":0,\"in_order\":true}}",
        q);
  }

  @Test
  void rangesBecomeInclusiveBoundsWithDatesInIsoForm() {
    assertEquals("{\"range\":{\"killed\":{\"gte\":\"30001\"}}}", dsl("killed:>30000"));
    assertEquals(
        "{\"range\":{\"date\":{\"gte\":\"2024-04-01\",\"lte\":\"2024-04-30\",\"format\":\"strict_date\"}}}",
        dsl("date:[2024-04-01 TO 2024-04-30]"));
  }

  @Test
  void actorQueriesUseTheNormalizedCanonicalName() {
    assertEquals("{\"term\":{\"actor\":\"hazem qassem\"}}", dsl("actor:\"Hazim Kasım\""));
  }

  @Test
  void onlyNegativeClausesMatchNothingAsInLucene() {
    assertEquals("{\"match_none\":{}}", dsl("-hamas"));
  }

  @Test
  void prefixAndFuzzyStayTermLevel() {
    // on the words as written: truck* finds trucks, not the stems that begin so
    assertTrue(dsl("Truck*").contains("{\"prefix\":{\"body_exact\":\"truck\"}}"), dsl("Truck*"));
    JsonObject fuzzy = QueryDsl.translate(translator.translate("body:kairo~"));
    assertEquals(
        2,
        fuzzy
            .getAsJsonObject("fuzzy")
            .getAsJsonObject("body_exact")
            .get("fuzziness")
            .getAsInt());
  }

  @Test
  void theClusterSearchHasTheEmbeddedTimeLimitAndTheSameExpansionBounds() {
    org.dispatches.api.SearchRequest request = org.dispatches.api.SearchRequest.of("ceasefire");
    com.google.gson.JsonObject body = SearchBody.of(
        QueryDsl.translate(translator.translate("ceasefire")),
        ClusterFilters.of(request, new ActorNames(Gazetteer.loadDefault())),
        request);
    assertTrue(
        body.get("timeout")
            .getAsString()
            .equals(org.dispatches.search.SearchService.DEFAULT_TIMEOUT.toMillis() + "ms"),
        body.toString());
    assertThrows(BadRequestException.class, () -> dsl("/a{1,40000}/"));
  }

  @Test
  void aBadQueryStaysABadRequest() {
    assertThrows(BadRequestException.class, () -> dsl("title:(unclosed"));
  }
}
