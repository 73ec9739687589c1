package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dispatches.api.ActorNames;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.api.SortOrder;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.index.ArticleDocuments;
import org.dispatches.index.FieldCatalog;
import org.dispatches.index.TextAnalysis;
import org.dispatches.ingest.RawReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lone request searches its slices on several threads; it must answer exactly as the same
 * request searched on one thread: same total, same hits in the same order, same snippets, same
 * facet counts, with and without filters. Checked on the Google News headlines indexed into many
 * small segments, so that there are slices to spread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParallelSearchTest {
  private Directory directory;
  private SearcherSource sequentialSource;
  private SearcherSource parallelSource;
  private SearchService sequential;
  private SearchService parallel;

  @BeforeAll
  void indexHeadlinesInSmallSegments(@TempDir Path temp) throws Exception {
    directory = FSDirectory.open(temp.resolve("index"));
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    ArticleDocuments documents = new ArticleDocuments();
    IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.perField());
    config.setMergePolicy(NoMergePolicy.INSTANCE); // a segment per thousand headlines
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      List<RawReport> headlines = org.dispatches.testing.RealReports.headlines();
      for (int i = 0; i < headlines.size(); i++) {
        writer.addDocument(documents.toDocument(extractor.extract(headlines.get(i))));
        if (i % 1000 == 999) writer.commit();
      }
      writer.commit();
    }
    ActorNames actors = new ActorNames(Gazetteer.loadDefault());
    sequentialSource = SearcherSource.open(directory, new SliceExecutor(1));
    parallelSource = SearcherSource.open(directory, new SliceExecutor(4));
    sequential = new SearchService(sequentialSource, actors);
    parallel = new SearchService(parallelSource, actors);
  }

  @AfterAll
  void close() throws Exception {
    // @BeforeAll may have stopped early (no ../shared/data: the class is skipped); close what
    // opened
    if (sequentialSource != null) sequentialSource.close();
    if (parallelSource != null) parallelSource.close();
    if (directory != null) directory.close();
  }

  @Test
  void theIndexHasSegmentsToSpread() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      assertTrue(reader.leaves().size() >= 10, "segments: " + reader.leaves().size());
      assertEquals(11_505, reader.numDocs());
    }
  }

  @Test
  void aLoneRequestMaySpreadButNotUnderLoad() {
    SliceExecutor twoCores = new SliceExecutor(2);
    try {
      assertTrue(twoCores.enter(), "alone on two cores");
      assertFalse(twoCores.enter(), "a second request in flight");
      twoCores.leave();
      twoCores.leave();
      assertTrue(twoCores.enter(), "alone again");
      twoCores.leave();
      SliceExecutor oneCore = new SliceExecutor(1);
      assertFalse(oneCore.enter(), "one core has nothing to spread over");
      oneCore.leave();
      oneCore.close();
    } finally {
      twoCores.close();
    }
  }

  @Test
  void parallelAndSequentialSearchesAnswerAlike() throws Exception {
    Set<String> allFacets = Set.copyOf(FieldCatalog.FACET_DIMENSIONS);
    List<SearchRequest> requests = List.of(
        SearchRequest.of("ceasefire"),
        SearchRequest.of("hostages"),
        SearchRequest.of("\"West Bank\""),
        SearchRequest.of("aid trucks Rafah crossing"),
        SearchRequest.of(""),
        SearchRequest.of("killed:>10"),
        SearchRequest.builder()
            .query("gaza")
            .outlets(List.of("Reuters", "Al Jazeera English"))
            .from(LocalDate.of(2023, 11, 1))
            .to(LocalDate.of(2024, 3, 31))
            .size(20)
            .facets(allFacets)
            .facetSize(50)
            .build(),
        SearchRequest.builder()
            .query("israel")
            .actors(List.of("Hamas"))
            .sort(SortOrder.DATE_DESCENDING)
            .page(3)
            .size(10)
            .facets(allFacets)
            .facetSize(20)
            .build(),
        SearchRequest.builder()
            .query("strike")
            .page(2)
            .size(25)
            .facets(Set.of())
            .facetSize(20)
            .build());
    for (SearchRequest request : requests) {
      SearchResponse one = sequential.search(request);
      SearchResponse many = parallel.search(request);
      String what = "query [" + request.query() + "] " + request.outlets() + request.actors();
      assertTrue(one.total() > 0, what + " finds something");
      assertEquals(one.total(), many.total(), what);
      assertEquals(one.hits(), many.hits(), what);
      assertEquals(one.facets(), many.facets(), what);
      // the position alike; the signatures differ, each service signing with a key of its own
      assertEquals(position(one.nextCursor()), position(many.nextCursor()), what);
    }
  }

  private static String position(String cursor) {
    return cursor == null ? null : cursor.substring(0, cursor.indexOf('.'));
  }
}
