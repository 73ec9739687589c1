package org.dispatches.contract;

import static org.dispatches.testing.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dispatches.api.Hit;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.index.FieldCatalog;
import org.dispatches.index.FieldSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Walks the field catalogue: every field a request filters on takes its value as a user types it
 * (any case, stray spaces, an alias or a site name) and finds the same reports on every engine, and
 * a field a query may name finds the same reports as {@code field:"value"} as through the filter.
 * A field added to the catalogue with a filter fails here until its typed forms are listed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FieldCatalogContract {
  /** Per filter parameter: values as typed, each with the reports it must find. */
  private static final Map<String, List<Typed>> TYPED = Map.of(
      "outlet",
      List.of(
          new Typed(Set.of("c1", "c3"), "Reuters", "reuters", "  REUTERS ", "reuters.com"),
          new Typed(Set.of("c2"), "The Associated Press", "associated press", "AP", "apnews.com"),
          new Typed(Set.of("c4"), "unknown", "Unknown", " unknown")),
      "actor",
      List.of(new Typed(
          Set.of("c1"), "Hamas", "hamas", " HAMAS ", "Islamic Resistance Movement", "حماس")),
      "figure",
      List.of(
          new Typed(Set.of("c1"), "killed", "Killed", " KILLED "),
          new Typed(Set.of("c2"), "prisoners", "PRISONERS")),
      "source",
      List.of(
          new Typed(Set.of("c1"), "The Times of Israel", "times of israel", "TIMES OF ISRAEL"),
          new Typed(Set.of("c2"), "Reuters", "reuters", "Reuters news agency")));

  private Engine.Built built;
  private SearchBackend backend;

  /** The engine under test. */
  abstract Engine engine();

  @BeforeAll
  void build() throws Exception {
    built = engine()
        .fromReports(List.of(
            report(
                "c1",
                "Strikes in Khan Younis",
                "Hamas fighters fired rockets. The Gaza health ministry said 33,207 Palestinians"
                    + " were killed, The Times of Israel reported.",
                "2024-04-08",
                "Reuters"),
            report(
                "c2",
                "Prisoners freed",
                "Israel released 90 prisoners on Sunday, an official told Reuters.",
                "2024-05-02",
                "The Associated Press"),
            report(
                "c3",
                "Aid at the crossing",
                "Trucks waited at the crossing for a second day.",
                "2024-05-03",
                "reuters.com"),
            report("c4", "Undated analysis", "Analysts weigh the terms.", "2024-05-04", null)));
    backend = built.backend();
  }

  @AfterAll
  void close() throws Exception {
    if (built != null) built.close();
  }

  @Test
  void everyFilterTakesValuesAsUsersTypeThem() throws Exception {
    for (FieldSpec field : FieldCatalog.filters()) {
      List<Typed> typed = TYPED.get(field.filter());
      assertFalse(
          typed == null, "list how users type values of the filter " + field.filter() + " here");
      for (Typed t : typed) {
        for (String value : t.forms()) {
          assertEquals(
              t.reports(),
              ids(backend.search(filtered(field.filter(), value))),
              field.filter() + "=" + value);
        }
      }
    }
  }

  @Test
  void aQueryFieldFindsWhatItsFilterFinds() throws Exception {
    for (FieldSpec field : FieldCatalog.filters()) {
      if (field.query() == FieldSpec.QueryUse.NONE) continue;
      for (Typed t : TYPED.get(field.filter())) {
        if (field.missing() != null && t.forms().get(0).equals(field.missing())) continue;
        for (String value : t.forms()) {
          String query = field.name() + ":\"" + value.strip() + "\"";
          assertEquals(t.reports(), ids(backend.search(SearchRequest.of(query))), query);
        }
      }
    }
  }

  private static SearchRequest filtered(String parameter, String value) {
    List<String> one = List.of(value);
    SearchRequest r = SearchRequest.builder()
        .outlets(parameter.equals("outlet") ? one : List.of())
        .actors(parameter.equals("actor") ? one : List.of())
        .figures(parameter.equals("figure") ? one : List.of())
        .sources(parameter.equals("source") ? one : List.of())
        .build();
    assertEquals(one, r.filterValues(parameter), "the request carries the filter " + parameter);
    return r;
  }

  private static Set<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).collect(Collectors.toSet());
  }

  /** The forms a user may type for one value, and the reports each must find. */
  private record Typed(Set<String> reports, List<String> forms) {
    Typed(Set<String> reports, String... forms) {
      this(reports, List.of(forms));
    }
  }
}
