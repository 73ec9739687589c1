package org.dispatches.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.index.FieldCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The headline-set counts on an OpenSearch node (skipped when none runs), over two shards; and,
 * beyond the contract, the same queries on both engines: same totals, same facets, same members.
 */
class OpenSearchHeadlinesTest extends HeadlinesContract {
  /** Query-language features over real headlines; each must find something, or it proves little. */
  private static final List<String> QUERIES = List.of(
      "hostages",
      "ceasefire AND (talks OR deal)",
      "\"humanitarian aid\"",
      "\"war in gaza\"",
      "\"gaza war\"~2",
      "netanyahu -biden",
      "isra*",
      "netanyahoo~",
      "title:rafah",
      "outlet:reuters",
      "outlet:\"al jazeera english\"",
      "actor:hamas",
      "actor:idf",
      "date:[2023-10-07 TO 2023-10-31]",
      "date:>=2024-06-01 AND strike",
      "killed:>100",
      "killed:[10 TO 50]",
      "hostages:>=1 OR prisoners:>=1 OR wounded:>=1",
      "(unrwa OR unicef) AND NOT famine");

  private Engine.Built lucene;

  @Override
  Engine engine() {
    return Engine.openSearch(2, 0);
  }

  @AfterAll
  void closeLucene() throws Exception {
    if (lucene != null) lucene.close();
  }

  private SearchBackend lucene() throws Exception {
    if (lucene == null) lucene = Engine.lucene().fromCorpus(corpus, temp);
    return lucene.backend();
  }

  @Test
  void everyQueryHasTheSameTotalFacetsAndMembersAsLucene() throws Exception {
    for (String q : QUERIES) {
      // word for word (correct=false): compound spellings, corrections and actor aliases are the
      // Lucene back end's
      SearchRequest request =
          SearchRequest.builder().query(q).size(10).facetSize(50).correct(false).build();
      SearchResponse expected = lucene().search(request);
      SearchResponse actual = backend.search(request);
      assertEquals(expected.total(), actual.total(), q);
      org.junit.jupiter.api.Assertions.assertTrue(
          expected.total() > 0, "finds nothing, proves little: " + q);
      for (String dim : FieldCatalog.FACET_DIMENSIONS) {
        assertEquals(
            asMap(expected.facets().get(dim)),
            asMap(actual.facets().get(dim)),
            q + " / facet " + dim);
      }
      assertEquals(members(lucene(), request), members(backend, request), q);
    }
  }

  @Test
  void filtersAgreeWithLucene() throws Exception {
    SearchRequest request = SearchRequest.builder()
        .query("gaza")
        .outlets(List.of("Reuters", "CNN"))
        .actors(List.of("Hamas"))
        .from(java.time.LocalDate.of(2023, 11, 1))
        .to(java.time.LocalDate.of(2024, 3, 31))
        .size(10)
        .facetSize(100)
        .build();
    SearchResponse expected = lucene().search(request);
    SearchResponse actual = backend.search(request);
    org.junit.jupiter.api.Assertions.assertTrue(expected.total() > 0);
    assertEquals(expected.total(), actual.total());
    for (String dim : FieldCatalog.FACET_DIMENSIONS) {
      assertEquals(
          asMap(expected.facets().get(dim)), asMap(actual.facets().get(dim)), "facet " + dim);
    }
    assertEquals(members(lucene(), request), members(backend, request));
  }

  private static Set<String> members(SearchBackend b, SearchRequest r) throws Exception {
    List<String> ids = new ArrayList<>();
    b.forEachHit(r, hit -> ids.add(hit.id()));
    Set<String> set = new HashSet<>(ids);
    assertEquals(ids.size(), set.size(), "export repeats a hit");
    return set;
  }
}
