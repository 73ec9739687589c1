package org.dispatches.contract;

import static org.dispatches.testing.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dispatches.api.BadRequestException;
import org.dispatches.api.DateInterval;
import org.dispatches.api.FacetValue;
import org.dispatches.api.FacetValueFilter;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchRequest;
import org.dispatches.index.Fields;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the facet panels and the histogram ask of every back end: the values of a facet that
 * contain typed text (found far below the top N), "unknown" for reports without an outlet, and
 * date counts by week and by day under every filter but the date range.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FacetOptionsContract {
  private Engine.Built built;
  private SearchBackend backend;

  abstract Engine engine();

  @BeforeAll
  void build() throws Exception {
    List<org.dispatches.ingest.RawReport> reports = new ArrayList<>();
    // 30 common outlets, each with more reports than the rare ones, so a top-5 list never shows the
    // rare ones
    for (int i = 0; i < 30; i++) {
      for (int j = 0; j <= 2; j++) {
        reports.add(report(
            "c" + i + "-" + j,
            "Truce talks " + i,
            "Mediators met on day " + j + ".",
            LocalDate.of(2024, 3, 4).plusDays(j).toString(),
            "Common Outlet " + i));
      }
    }
    reports.add(report(
        "rare1", "Truce talks in Doha", "Mediators met.", "2024-03-11", "Thomson Reuters Wire"));
    reports.add(
        report("rare2", "Truce talks in Cairo", "Mediators met.", "2024-03-12", "reuters.com"));
    reports.add(
        report("none1", "Truce headline without outlet", "Mediators met.", "2024-03-13", null));
    reports.add(report("none2", "Another truce headline", "Mediators met.", null, ""));
    built = engine().fromReports(reports);
    backend = built.backend();
  }

  @AfterAll
  void close() throws Exception {
    if (built != null) built.close();
  }

  private List<FacetValue> facet(
      String dim,
      String filter,
      List<String> outlets,
      LocalDate from,
      LocalDate to,
      DateInterval interval)
      throws Exception {
    SearchRequest r = SearchRequest.builder()
        .query("truce")
        .outlets(outlets)
        .from(from)
        .to(to)
        .size(1)
        .facets(Set.of(dim))
        .facetSize(5)
        .facetFilter(FacetValueFilter.of(filter))
        .dateInterval(interval)
        .build();
    return backend.search(r).facets().get(dim);
  }

  @Test
  void theFilterFindsValuesFarBelowTheTopNIgnoringCase() throws Exception {
    List<FacetValue> top =
        facet(Fields.FACET_OUTLET, null, List.of(), null, null, DateInterval.MONTH);
    assertEquals(5, top.size());
    assertEquals(3, top.get(0).count());
    List<FacetValue> reu =
        facet(Fields.FACET_OUTLET, "REU", List.of(), null, null, DateInterval.MONTH);
    // "reuters.com" in the metadata is indexed under the outlet table's name for it; no copies
    // among
    // these reports: each value counts as many stories as reports
    assertEquals(
        List.of(new FacetValue("Reuters", 1, 1L), new FacetValue("Thomson Reuters Wire", 1, 1L)),
        reu);
    assertEquals(
        List.of(),
        facet(Fields.FACET_OUTLET, "no such outlet", List.of(), null, null, DateInterval.MONTH));
    assertEquals(
        5,
        facet(Fields.FACET_OUTLET, "common", List.of(), null, null, DateInterval.MONTH)
            .size());
  }

  @Test
  void reportsWithoutAnOutletAreTheUnknownValueAndCanBeFiltered() throws Exception {
    List<FacetValue> unknown =
        facet(Fields.FACET_OUTLET, "unkn", List.of(), null, null, DateInterval.MONTH);
    assertEquals(List.of(new FacetValue(Fields.UNKNOWN_OUTLET, 2, 2L)), unknown);
    SearchRequest r = SearchRequest.builder()
        .query("truce")
        .outlets(List.of(Fields.UNKNOWN_OUTLET))
        .size(10)
        .facets(Set.of())
        .facetSize(5)
        .build();
    assertEquals(2, backend.search(r).total());
  }

  @Test
  void datesCountByDayAndByWeekUnderEveryFilterButTheirOwn() throws Exception {
    LocalDate from = LocalDate.of(2024, 3, 5), to = LocalDate.of(2024, 3, 5);
    List<FacetValue> days = facet(Fields.FACET_DATE, null, List.of(), from, to, DateInterval.DAY);
    assertEquals(
        List.of(
            new FacetValue("2024-03-04", 30),
            new FacetValue("2024-03-05", 30),
            new FacetValue("2024-03-06", 30),
            new FacetValue("2024-03-11", 1),
            new FacetValue("2024-03-12", 1),
            new FacetValue("2024-03-13", 1),
            new FacetValue(Fields.UNKNOWN_MONTH, 1)),
        days);
    // weeks start on Monday: 4 March 2024 is one
    List<FacetValue> weeks = facet(
        Fields.FACET_DATE,
        null,
        List.of("reuters.com", Fields.UNKNOWN_OUTLET),
        null,
        null,
        DateInterval.WEEK);
    assertEquals(
        List.of(new FacetValue("2024-03-11", 2), new FacetValue(Fields.UNKNOWN_MONTH, 1)), weeks);
    assertNotNull(facet(Fields.FACET_DATE, null, List.of(), null, null, DateInterval.MONTH));
  }

  @Test
  void anOverlongFilterOrAnUnknownIntervalIsABadRequest() {
    assertThrows(BadRequestException.class, () -> FacetValueFilter.of("x".repeat(101)));
    assertThrows(BadRequestException.class, () -> DateInterval.fromParam("year"));
  }
}
