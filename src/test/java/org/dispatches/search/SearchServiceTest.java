package org.dispatches.search;

import static org.dispatches.testing.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dispatches.index.Fields;
import org.dispatches.testing.TestIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchServiceTest {
  private static TestIndex index;

  @BeforeAll
  static void build() throws Exception {
    index = new TestIndex(List.of(
        report("r1", "Ceasefire talks resume in Cairo",
            "Hamas and Israel sent delegations. The Gaza health ministry said 33,207 Palestinians were killed.",
            "2024-04-08", "Reuters"),
        report("r2", "Hostage deal stalls",
            "Hamas spokesperson Hazim Kasım said a 50-day ceasefire was proposed by Witkoff.",
            "2025-03-15", "Al Jazeera English"),
        report("r3", "Aid trucks enter Gaza",
            "The United Nations said 120 trucks crossed. Israel opened a crossing.", "2024-04-20", "Reuters"),
        report("r4", "Prisoner exchange details",
            "Israel released 90 prisoners. A <script>alert(1)</script> tag appears in the text about ceasefire.",
            "2024-05-02", "The Associated Press"),
        report("r5", "Undated analysis of the ceasefire", "Analysts weigh the ceasefire terms.", null, "CNN")));
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static SearchResponse search(String q) throws Exception {
    return index.service.search(SearchRequest.of(q));
  }

  private static SearchRequest request(String q, List<String> outlets, List<String> actors, LocalDate from, LocalDate to) {
    return new SearchRequest(q, outlets, actors, List.of(), List.of(), from, to, null, 1, 10,
        Set.copyOf(Fields.FACET_DIMENSIONS), 20);
  }

  private static Set<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).collect(Collectors.toSet());
  }

  private static Map<String, Long> facet(SearchResponse r, String dim) {
    return r.facets().get(dim).stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
  }

  @Test
  void keywordFindsStemmedForms() throws Exception {
    assertEquals(Set.of("r1", "r2", "r4", "r5"), ids(search("ceasefires")));
  }

  @Test
  void phraseBooleanPrefixFuzzyAndFields() throws Exception {
    assertEquals(Set.of("r1"), ids(search("\"talks resume\"")));
    assertEquals(Set.of("r1", "r2"), ids(search("ceasefire AND hamas NOT prisoner")));
    assertEquals(Set.of("r3"), ids(search("truck*")));
    assertEquals(Set.of("r1"), ids(search("kairo~")));
    assertEquals(Set.of("r3"), ids(search("title:aid")));
    assertEquals(Set.of("r1", "r3"), ids(search("outlet:reuters")));
    assertEquals(Set.of("r4", "r5"), ids(search("ceasefire -hamas")));
    assertEquals(Set.of("r3", "r5"), ids(search("analysts OR trucks")));
    assertEquals(Set.of("r1", "r3"), ids(search("(cairo OR trucks) AND outlet:\"Reuters\"")));
  }

  @Test
  void dateAndFigureRanges() throws Exception {
    assertEquals(Set.of("r1", "r3"), ids(search("date:[2024-04-01 TO 2024-04-30]")));
    assertEquals(Set.of("r1"), ids(search("killed:>30000")));
    assertEquals(Set.of(), ids(search("killed:>33207")));
    assertEquals(Set.of("r1"), ids(search("killed:>=33207")));
    assertEquals(Set.of("r4"), ids(search("prisoners:[50 TO 100]")));
    assertEquals(Set.of("r4"), ids(search("prisoners:<100")));
    assertEquals(Set.of("r2"), ids(search("truce_days:50")));
  }

  @Test
  void actorQueryMatchesAnyAliasOrTransliteration() throws Exception {
    assertEquals(Set.of("r2"), ids(search("actor:\"Hazem Qassem\"")));
    assertEquals(Set.of("r2"), ids(search("actor:\"Hazim Kasım\"")));
    assertEquals(Set.of("r2"), ids(search("actor:\"hazim kasim\"")));
  }

  @Test
  void emptyQueryBrowsesEverythingNewestFirstWithUndatedLast() throws Exception {
    SearchResponse r = search("");
    assertEquals(5, r.total());
    assertEquals(List.of("r2", "r4", "r3", "r1", "r5"), r.hits().stream().map(Hit::id).toList());
    assertEquals(List.of("2024-04", "2024-05", "2025-03", "unknown"),
        r.facets().get("date").stream().map(FacetValue::value).toList());
    assertEquals(2L, facet(r, "date").get("2024-04"));
  }

  @Test
  void outletFilterKeepsOtherOutletsCountsDrillSideways() throws Exception {
    SearchResponse r = index.service.search(request("", List.of("Reuters"), List.of(), null, null));
    assertEquals(Set.of("r1", "r3"), ids(r));
    Map<String, Long> outlets = facet(r, "outlet");
    assertEquals(2L, outlets.get("Reuters"));
    assertEquals(1L, outlets.get("CNN"));
    assertEquals(1L, outlets.get("Al Jazeera English"));
    // other dimensions are counted over the filtered results
    assertEquals(Map.of("2024-04", 2L), facet(r, "date"));
  }

  @Test
  void valuesOfOneFilterAreOredAndFiltersAnded() throws Exception {
    SearchResponse r = index.service.search(request("", List.of("Reuters", "CNN"), List.of(), null, null));
    assertEquals(Set.of("r1", "r3", "r5"), ids(r));
    r = index.service.search(request("", List.of("Reuters", "CNN"), List.of(), LocalDate.of(2024, 4, 10), LocalDate.of(2024, 12, 31)));
    assertEquals(Set.of("r3"), ids(r));
    r = index.service.search(request("", List.of(), List.of("Hazim Kasım"), null, null));
    assertEquals(Set.of("r2"), ids(r));
  }

  @Test
  void snippetsMarkMatchesAndEscapeEverythingElse() throws Exception {
    SearchResponse r = search("alert");
    String snippet = r.hits().get(0).snippet();
    assertTrue(snippet.contains("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;"), snippet);
    assertFalse(snippet.contains("<script>"));
  }

  @Test
  void pagingAndDateSort() throws Exception {
    SearchRequest page2 = new SearchRequest("", List.of(), List.of(), List.of(), List.of(), null, null,
        SortOrder.DATE_ASCENDING, 2, 2, Set.of(), 20);
    SearchResponse r = index.service.search(page2);
    assertEquals(5, r.total());
    assertEquals(List.of("r4", "r2"), r.hits().stream().map(Hit::id).toList());
    assertTrue(r.facets().isEmpty());
  }

  @Test
  void badQueriesAndParametersAreBadRequests() {
    assertThrows(BadRequestException.class, () -> search("title:(unclosed"));
    assertThrows(BadRequestException.class, () -> search("*leading"));
    assertThrows(BadRequestException.class, () -> search("x".repeat(QueryTranslator.MAX_QUERY_LENGTH + 1)));
    assertThrows(BadRequestException.class, () -> new SearchRequest("", List.of(), List.of(), List.of(), List.of(),
        null, null, null, 1, 101, Set.of(), 20));
    assertThrows(BadRequestException.class, () -> index.service.search(new SearchRequest("", List.of(), List.of(),
        List.of(), List.of(), null, null, null, 1000, 100, Set.of(), 20)));
  }

  @Test
  void articleLookupAndSuggestions() throws Exception {
    var a = index.service.article("r2").orElseThrow();
    assertEquals("Hostage deal stalls", a.title());
    assertTrue(index.service.article("nope").isEmpty());
    List<Suggestion> s = index.service.suggest("reu", 5);
    assertEquals("Reuters", s.get(0).value());
    assertEquals(2, s.get(0).count());
    assertTrue(index.service.suggest("Hazim Kasım", 5).stream().anyMatch(x -> x.value().equals("Hazem Qassem")));
  }
}
