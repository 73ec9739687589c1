package org.dispatches.contract;

import static org.dispatches.testing.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dispatches.api.BadRequestException;
import org.dispatches.api.FacetValue;
import org.dispatches.api.Hit;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.api.SortOrder;
import org.dispatches.api.Suggestion;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.SourceLocation;
import org.dispatches.search.QueryTranslator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every search back end must do, on the same small set of reports: the query language,
 * filters, drill-sideways facets, the month histogram, snippets, order, paging, look-ups,
 * suggestions and export. Ranking may differ between engines, so sets are compared, not orders,
 * except where the API fixes the order (dates).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchContract {
  private Engine.Built built;
  private SearchBackend backend;

  /** The engine under test. */
  abstract Engine engine();

  @BeforeAll
  void build() throws Exception {
    built = engine()
        .fromReports(List.of(
            report(
                "r1",
                "Ceasefire talks resume in Cairo",
                "Hamas and Israel sent delegations. The Gaza health ministry said 33,207 Palestinians were killed.",
                "2024-04-08",
                "Reuters"),
            report(
                "r2",
                "Hostage deal stalls",
                "Hamas spokesperson Hazim Kasım said a 50-day ceasefire was proposed by Witkoff.",
                "2025-03-15",
                "Al Jazeera English"),
            report(
                "r3",
                "Aid trucks enter Gaza",
                "The United Nations said 120 trucks crossed. Israel opened a crossing.",
                "2024-04-20",
                "Reuters"),
            report(
                "r4",
                "Prisoner exchange details",
                "Israel released 90 prisoners. A <script>alert(1)</script> tag appears in the text about ceasefire.",
                "2024-05-02",
                "The Associated Press"),
            report(
                "r5",
                "Undated analysis of the ceasefire",
                "Analysts weigh the ceasefire terms. The war in Gaza goes on.",
                null,
                "CNN"),
            report(
                "r6",
                "Strikes go on",
                "The war goes on in Gaza, officials said.",
                "2024-05-20",
                "CNN")));
    backend = built.backend();
  }

  @AfterAll
  void close() throws Exception {
    if (built != null) built.close();
  }

  private SearchResponse search(String q) throws Exception {
    return backend.search(SearchRequest.of(q));
  }

  private SearchResponse search(
      String q,
      List<String> outlets,
      List<String> actors,
      List<String> figures,
      LocalDate from,
      LocalDate to)
      throws Exception {
    return backend.search(SearchRequest.builder()
        .query(q)
        .outlets(outlets)
        .actors(actors)
        .figures(figures)
        .from(from)
        .to(to)
        .size(10)
        .facetSize(20)
        .build());
  }

  private static Set<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).collect(Collectors.toSet());
  }

  private static Map<String, Long> facet(SearchResponse r, String dim) {
    return r.facets().get(dim).stream()
        .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
  }

  @Test
  void keywordFindsStemmedForms() throws Exception {
    assertEquals(Set.of("r1", "r2", "r4", "r5"), ids(search("ceasefires")));
    assertEquals(4, search("ceasefires").total());
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
    assertEquals(
        Set.of(),
        ids(search("-hamas")),
        "a query of NOT clauses alone matches nothing, as in Lucene");
  }

  @Test
  void phraseKeepsTheGapOfARemovedStopWord() throws Exception {
    // "in" is a stop word: "war in Gaza" matches r5 ("war in Gaza") and not r6 ("war goes on in
    // Gaza")
    assertEquals(Set.of("r5"), ids(search("\"war in gaza\"")));
    assertEquals(Set.of("r5", "r6"), ids(search("\"war gaza\"~3")));
  }

  @Test
  void dateAndFigureRanges() throws Exception {
    assertEquals(Set.of("r1", "r3"), ids(search("date:[2024-04-01 TO 2024-04-30]")));
    assertEquals(Set.of("r2", "r4", "r6"), ids(search("date:>=2024-05-01")));
    assertEquals(Set.of("r1", "r3"), ids(search("date:<2024-05-01")));
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
    assertEquals(6, r.total());
    assertEquals(
        List.of("r2", "r6", "r4", "r3", "r1", "r5"),
        r.hits().stream().map(Hit::id).toList());
    assertEquals(
        List.of("2024-04", "2024-05", "2025-03", "unknown"),
        r.facets().get("date").stream().map(FacetValue::value).toList());
    assertEquals(
        Map.of("2024-04", 2L, "2024-05", 2L, "2025-03", 1L, "unknown", 1L), facet(r, "date"));
    // "Al Jazeera English" in the metadata is indexed under the outlet table's one name
    assertEquals(
        Map.of("Reuters", 2L, "CNN", 2L, "Al Jazeera", 1L, "The Associated Press", 1L),
        facet(r, "outlet"));
    assertEquals(
        List.of("CNN", "Reuters"),
        r.facets().get("outlet").subList(0, 2).stream().map(FacetValue::value).toList(),
        "ties in count are ordered by name");
  }

  @Test
  void outletFilterKeepsOtherOutletsCountsDrillSideways() throws Exception {
    SearchResponse r = search("", List.of("Reuters"), List.of(), List.of(), null, null);
    assertEquals(Set.of("r1", "r3"), ids(r));
    assertEquals(2, r.total());
    Map<String, Long> outlets = facet(r, "outlet");
    assertEquals(2L, outlets.get("Reuters"));
    assertEquals(2L, outlets.get("CNN"));
    assertEquals(1L, outlets.get("Al Jazeera"));
    assertEquals(Map.of("2024-04", 2L), facet(r, "date"));
  }

  @Test
  void outletFilterAndQueryShareOneRuleAnyCaseAnyAlias() throws Exception {
    for (String name : List.of("reuters", "REUTERS", "Reuters news agency")) {
      assertEquals(
          Set.of("r1", "r3"),
          ids(search("", List.of(name), List.of(), List.of(), null, null)),
          name);
    }
    for (String name :
        List.of("Al Jazeera", "al jazeera english", "aljazeera.com", "AP", "Associated Press")) {
      assertEquals(
          1, search("", List.of(name), List.of(), List.of(), null, null).total(), name);
      assertEquals(1, search("outlet:\"" + name + "\"").total(), name);
    }
    assertEquals(Set.of("r2"), ids(search("outlet:\"Al Jazeera English\"")));
  }

  @Test
  void eachFacetIsCountedUnderTheOtherFilters() throws Exception {
    // outlet AND date filters: the outlet facet sees the date filter only, the month facet the
    // outlet filter only
    SearchResponse r = search(
        "",
        List.of("CNN"),
        List.of(),
        List.of(),
        LocalDate.of(2024, 5, 1),
        LocalDate.of(2024, 5, 31));
    assertEquals(Set.of("r6"), ids(r));
    assertEquals(Map.of("CNN", 1L, "The Associated Press", 1L), facet(r, "outlet"));
    assertEquals(Map.of("2024-05", 1L, "unknown", 1L), facet(r, "date"));
  }

  @Test
  void valuesOfOneFilterAreOredAndFiltersAnded() throws Exception {
    assertEquals(
        Set.of("r1", "r3", "r5", "r6"),
        ids(search("", List.of("Reuters", "CNN"), List.of(), List.of(), null, null)));
    assertEquals(
        Set.of("r3", "r6"),
        ids(search(
            "",
            List.of("Reuters", "CNN"),
            List.of(),
            List.of(),
            LocalDate.of(2024, 4, 10),
            LocalDate.of(2024, 12, 31))));
    assertEquals(
        Set.of("r2"), ids(search("", List.of(), List.of("Hazim Kasım"), List.of(), null, null)));
    assertEquals(
        Set.of("r4"),
        ids(search("ceasefire", List.of(), List.of(), List.of("prisoners"), null, null)));
  }

  @Test
  void figureAndActorFacetsCountTheMatches() throws Exception {
    SearchResponse r = search("hamas");
    assertEquals(Set.of("r1", "r2"), ids(r));
    Map<String, Long> figures = facet(r, "figure");
    assertEquals(1L, figures.get("killed"));
    assertEquals(1L, figures.get("truce_days"));
    assertEquals(2L, facet(r, "actor").get("Hamas"));
  }

  @Test
  void snippetsMarkMatchesAndEscapeEverythingElse() throws Exception {
    String snippet = search("alert").hits().get(0).snippet();
    assertTrue(snippet.contains("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;"), snippet);
    assertFalse(snippet.contains("<script>"));
    String titleOnly = search("title:stalls").hits().get(0).snippet();
    assertTrue(titleOnly.contains("<mark>stalls</mark>"), titleOnly);
    String browsing = search("", List.of(), List.of(), List.of(), LocalDate.of(2025, 3, 1), null)
        .hits()
        .get(0)
        .snippet();
    assertTrue(browsing.startsWith("Hamas spokesperson"), browsing);
  }

  @Test
  void pagingAndDateSort() throws Exception {
    SearchRequest page2 = SearchRequest.builder()
        .sort(SortOrder.DATE_ASCENDING)
        .page(2)
        .size(2)
        .facets(Set.of())
        .facetSize(20)
        .build();
    SearchResponse r = backend.search(page2);
    assertEquals(6, r.total());
    assertEquals(List.of("r4", "r6"), r.hits().stream().map(Hit::id).toList());
    assertTrue(r.facets().isEmpty());
    SearchRequest last = SearchRequest.builder()
        .sort(SortOrder.DATE_ASCENDING)
        .page(3)
        .size(2)
        .facets(Set.of())
        .facetSize(20)
        .build();
    assertEquals(
        List.of("r2", "r5"),
        backend.search(last).hits().stream().map(Hit::id).toList(),
        "undated last");
  }

  @Test
  void badQueriesAndParametersAreBadRequests() {
    assertThrows(BadRequestException.class, () -> search("title:(unclosed"));
    assertThrows(BadRequestException.class, () -> search("*leading"));
    assertThrows(
        BadRequestException.class, () -> search("x".repeat(QueryTranslator.MAX_QUERY_LENGTH + 1)));
    assertThrows(
        BadRequestException.class,
        () -> backend.search(SearchRequest.builder()
            .page(1000)
            .size(100)
            .facets(Set.of())
            .facetSize(20)
            .build()));
  }

  @Test
  void articleLookupCountAndSuggestions() throws Exception {
    var a = backend.article("r2").orElseThrow();
    assertEquals("Hostage deal stalls", a.title());
    assertTrue(a.body().contains("Hazim Kasım"), a.body());
    assertEquals("2025-03-15", a.date().date().toString());
    assertTrue(backend.article("nope").isEmpty());
    assertEquals(6, backend.count());
    List<Suggestion> s = backend.suggest("reu", 5);
    assertEquals("Reuters", s.get(0).value());
    assertEquals(2, s.get(0).count());
    assertTrue(
        backend.suggest("Hazim Kasım", 5).stream().anyMatch(x -> x.value().equals("Hazem Qassem")));
  }

  @Test
  void exportVisitsEveryMatchInOrder() throws Exception {
    SearchRequest all = SearchRequest.builder()
        .sort(SortOrder.DATE_DESCENDING)
        .size(10)
        .facets(Set.of())
        .facetSize(20)
        .build();
    List<String> seen = new ArrayList<>();
    long n = backend.forEachHit(all, hit -> seen.add(hit.id()));
    assertEquals(6, n);
    assertEquals(List.of("r2", "r6", "r4", "r3", "r1", "r5"), seen);
    List<String> reuters = new ArrayList<>();
    backend.forEachHit(
        SearchRequest.builder()
            .query("gaza")
            .outlets(List.of("Reuters"))
            .size(10)
            .facets(Set.of())
            .facetSize(20)
            .build(),
        hit -> reuters.add(hit.id()));
    assertEquals(Set.of("r1", "r3"), Set.copyOf(reuters));
  }

  @Test
  void cursorsReadEveryMatchOncePageAfterPageInEitherOrder() throws Exception {
    for (SortOrder order :
        new SortOrder[] {SortOrder.DATE_DESCENDING, SortOrder.DATE_ASCENDING, SortOrder.RELEVANCE
        }) {
      SearchRequest first = SearchRequest.builder()
          .sort(order)
          .size(2)
          .facets(Set.of())
          .facetSize(20)
          .build();
      List<String> byPage = new ArrayList<>();
      for (int page = 1; page <= 3; page++) {
        SearchRequest p = SearchRequest.builder()
            .sort(order)
            .page(page)
            .size(2)
            .facets(Set.of())
            .facetSize(20)
            .build();
        backend.search(p).hits().forEach(h -> byPage.add(h.id()));
      }
      List<String> byCursor = new ArrayList<>();
      SearchResponse r = backend.search(first);
      List<Integer> pages = new ArrayList<>();
      while (true) {
        r.hits().forEach(h -> byCursor.add(h.id()));
        pages.add(r.page());
        if (r.nextCursor() == null) break;
        r = backend.search(SearchRequest.builder()
            .sort(order)
            .size(2)
            .facets(Set.of())
            .facetSize(20)
            .cursor(r.nextCursor())
            .build());
      }
      assertEquals(6, byCursor.size(), order + ": " + byCursor);
      assertEquals(Set.copyOf(byPage), Set.copyOf(byCursor), order + ": every report once");
      if (order != SortOrder.RELEVANCE)
        assertEquals(byPage, byCursor, order + ": the same order as pages");
      // read by cursor, a full page leads on even when it was the last (both engines): the next is
      // empty
      assertEquals(
          List.of(1, 2, 3), pages.subList(0, 3), "a response read by cursor says which page it is");
      assertTrue(pages.size() <= 4, order + ": " + pages);
    }
  }

  @Test
  void aCursorIsRefusedWhenForgedOrSentWithAnotherOrder() throws Exception {
    SearchRequest first = SearchRequest.builder()
        .sort(SortOrder.DATE_DESCENDING)
        .size(2)
        .facets(Set.of())
        .facetSize(20)
        .build();
    String cursor = backend.search(first).nextCursor();
    assertTrue(cursor != null, "a full first page with more behind it leads on");
    assertThrows(
        BadRequestException.class,
        () -> backend.search(SearchRequest.builder()
            .sort(SortOrder.DATE_ASCENDING)
            .size(2)
            .facets(Set.of())
            .facetSize(20)
            .cursor(cursor)
            .build()));
    String forged = cursor.charAt(0) == 'A' ? "B" + cursor.substring(1) : "A" + cursor.substring(1);
    assertThrows(
        BadRequestException.class,
        () -> backend.search(SearchRequest.builder()
            .sort(SortOrder.DATE_DESCENDING)
            .size(2)
            .facets(Set.of())
            .facetSize(20)
            .cursor(forged)
            .build()));
    assertThrows(
        BadRequestException.class,
        () -> backend.search(SearchRequest.builder()
            .sort(SortOrder.DATE_DESCENDING)
            .size(2)
            .facets(Set.of())
            .facetSize(20)
            .cursor("not-a-cursor")
            .build()));
  }

  @Test
  void languageFieldsMatchWordsInTheirOtherForms() throws Exception {
    try (Engine.Built languages = engine()
        .fromReports(List.of(
            language("ar1", "إطلاق سراح الأسرى", "أعلنت الحكومة الإفراج عن الأسرى اليوم.", "ar"),
            language(
                "fr1",
                "L'armée se retire",
                "Les négociations reprennent au Caire, selon l'armée.",
                "fr"),
            language("he1", "שחרור החטופים", "הממשלה אישרה את העסקה עם מצרים.", "he"),
            language("en1", "Army withdraws", "Talks resume in Cairo.", null)))) {
      SearchBackend b = languages.backend();
      // Arabic: the bare word, without the article and with a bare alef, finds "الأسرى"
      assertEquals(Set.of("ar1"), ids(b.search(SearchRequest.of("اسرى"))));
      // French: the elided article dropped, the plural stemmed, accents folded
      assertEquals(Set.of("fr1"), ids(b.search(SearchRequest.of("armee"))));
      assertEquals(Set.of("fr1"), ids(b.search(SearchRequest.of("negociation"))));
      // Hebrew: the final mem written in its usual form finds the word ending in ם
      assertEquals(Set.of("he1"), ids(b.search(SearchRequest.of("מצרימ"))));
      String snippet = b.search(SearchRequest.of("armee")).hits().get(0).snippet();
      assertTrue(snippet.contains("<mark>"), "the language field's match is marked: " + snippet);
      assertEquals(
          Set.of("en1"),
          ids(b.search(SearchRequest.of("army"))),
          "English reports keep the English analysis");
    }
  }

  private static RawReport language(String id, String title, String body, String language) {
    return new RawReport(
        id,
        title,
        body,
        "2024-05-01",
        "Test",
        null,
        language,
        new SourceLocation("test", id, 1, false));
  }
}
