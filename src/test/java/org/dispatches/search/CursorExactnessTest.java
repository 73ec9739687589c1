package org.dispatches.search;

import static org.dispatches.testing.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.dispatches.api.ActorNames;
import org.dispatches.api.BadRequestException;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.api.SortOrder;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.index.FieldCatalog;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.ReportIndexer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A result list read by cursor is exactly the list the first page belonged to, even when reports
 * are replaced, added and merged between pages (issue 18, row 4); and a cursor the server did not
 * make is a 400, never a 500 (row 6).
 */
class CursorExactnessTest {
  private static final int REPORTS = 200;
  private ByteBuffersDirectory directory;
  private ReportIndexer indexer;
  private SearcherSource searchers;
  private SearchService service;

  @BeforeEach
  void index() throws Exception {
    directory = new ByteBuffersDirectory();
    indexer = new ReportIndexer(
        directory, new IndexingOptions(true, 1, 16), ArticleExtractor.withDefaults());
    for (int i = 0; i < REPORTS; i++) {
      indexer.add(report(
          "r" + i,
          "Convoy " + i,
          "Aid convoy " + i + " crossed at Rafah after the talks in Cairo.",
          "2024-" + String.format("%02d-%02d", 1 + i % 12, 1 + i % 28),
          i % 2 == 0 ? "Reuters" : "BBC News"));
      if (i % 25 == 24) indexer.commit(); // several segments, for the merge below to renumber
    }
    indexer.commit();
    searchers = SearcherSource.open(directory);
    service = new SearchService(searchers, new ActorNames(Gazetteer.loadDefault()));
  }

  @AfterEach
  void close() throws Exception {
    searchers.close();
    indexer.close();
    directory.close();
  }

  private static SearchRequest request(String sort, String cursor) {
    return SearchRequest.builder()
        .query("convoy")
        .sort(SortOrder.fromParam(sort))
        .size(30)
        .facets(Set.of(FieldCatalog.FACET_DIMENSIONS.get(0)))
        .facetSize(10)
        .cursor(cursor)
        .build();
  }

  @Test
  void pagesReadByCursorStayExactAcrossReplacementsAdditionsAndMerges() throws Exception {
    for (String sort : List.of("-date", "relevance")) {
      List<String> before = new ArrayList<>();
      String cursor = null;
      do {
        SearchResponse r = service.search(request(sort, cursor));
        r.hits().forEach(h -> before.add(h.id()));
        cursor = r.nextCursor();
      } while (cursor != null);
      assertEquals(REPORTS, before.size(), sort);

      SearchResponse first = service.search(request(sort, null));
      List<String> read = new ArrayList<>();
      first.hits().forEach(h -> read.add(h.id()));
      // meanwhile: half the reports replaced (deleted and added again), new ones added, all merged
      // into one segment
      for (int i = 0; i < REPORTS; i += 2) {
        indexer.add(report(
            "r" + i,
            "Convoy " + i,
            "Aid convoy " + i + " crossed at Rafah; updated.",
            "2024-06-01",
            "Reuters"));
      }
      for (int i = 0; i < 40; i++)
        indexer.add(report(
            "new" + sort + i, "Convoy new " + i, "A new convoy " + i + ".", "2025-01-01", "AP"));
      indexer.commit();
      indexer.writer().forceMerge(1);
      indexer.commit();
      searchers.refresh();
      cursor = first.nextCursor();
      while (cursor != null) {
        SearchResponse r = service.search(request(sort, cursor));
        r.hits().forEach(h -> read.add(h.id()));
        cursor = r.nextCursor();
      }
      assertEquals(
          before, read, sort + ": the cursor must read on in the view its first page came from");
      assertTrue(
          service.search(request(sort, null)).total() > REPORTS,
          "a new search sees the new reports");
      close();
      index();
    }
  }

  /**
   * {@code token} with the first character of its signature changed: all six bits of that one
   * count (the last character's low bits are padding, so changing it may change nothing).
   */
  private static String altered(String token) {
    int tag = token.indexOf('.') + 1;
    char c = token.charAt(tag);
    return token.substring(0, tag) + (c == 'A' ? 'B' : 'A') + token.substring(tag + 1);
  }

  @Test
  void aCursorTheServerDidNotMakeIsA400() throws Exception {
    String real = service.search(request("-date", null)).nextCursor();
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    List<String> forged = List.of(
        b64.encodeToString("c1|-date|8962|l1"
            .getBytes(StandardCharsets.UTF_8)), // today's format, doc past the end
        b64.encodeToString(
            "c1|-date|1|x|y|z".getBytes(StandardCharsets.UTF_8)), // wrong field types
        b64.encodeToString("c1|-date|1".getBytes(StandardCharsets.UTF_8)), // too few fields
        altered(real),
        real.replace('.', '|'),
        "%%%",
        "");
    for (String token : forged) {
      if (token.isEmpty()) continue;
      BadRequestException e = assertThrows(
          BadRequestException.class, () -> service.search(request("-date", token)), token);
      assertTrue(e.getMessage().contains("cursor"), e.getMessage());
    }
    SearchService other = new SearchService(searchers, new ActorNames(Gazetteer.loadDefault()));
    assertThrows(
        BadRequestException.class,
        () -> other.search(request("-date", real)),
        "a cursor from another run of the server (another key) is refused");
    assertEquals(
        30, service.search(request("-date", real)).hits().size(), "the real cursor still works");
  }
}
