package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.Gazetteer;
import org.dispatches.index.ArticleDocuments;
import org.dispatches.index.Fields;
import org.dispatches.index.TextAnalysis;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.SourceLocation;
import org.dispatches.testing.SharedData;
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
      List<RawReport> headlines =
          headlines(SharedData.require("gaza-google-news-headlines/gaza-news.txt.gz"));
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
    Set<String> allFacets = Set.copyOf(Fields.FACET_DIMENSIONS);
    List<SearchRequest> requests = List.of(
        SearchRequest.of("ceasefire"),
        SearchRequest.of("hostages"),
        SearchRequest.of("\"West Bank\""),
        SearchRequest.of("aid trucks Rafah crossing"),
        SearchRequest.of(""),
        SearchRequest.of("killed:>10"),
        new SearchRequest(
            "gaza",
            List.of("Reuters", "Al Jazeera English"),
            List.of(),
            List.of(),
            List.of(),
            LocalDate.of(2023, 11, 1),
            LocalDate.of(2024, 3, 31),
            null,
            1,
            20,
            allFacets,
            50),
        new SearchRequest(
            "israel",
            List.of(),
            List.of("Hamas"),
            List.of(),
            List.of(),
            null,
            null,
            SortOrder.DATE_DESCENDING,
            3,
            10,
            allFacets,
            20),
        new SearchRequest(
            "strike", List.of(), List.of(), List.of(), List.of(), null, null, null, 2, 25, Set.of(),
            20));
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

  private static List<RawReport> headlines(Path raw) throws Exception {
    List<RawReport> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(raw)), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] c = line.split("\t", -1);
        if (c.length != 4) continue;
        String id = "gn-" + out.size();
        out.add(new RawReport(
            id,
            c[2].strip(),
            null,
            c[0].strip(),
            c[1].strip(),
            c[3].strip(),
            null,
            new SourceLocation("gaza-news.txt.gz", id, out.size() + 1, false)));
      }
    }
    return out;
  }
}
