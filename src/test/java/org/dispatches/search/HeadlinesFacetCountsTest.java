package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.store.FSDirectory;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.Gazetteer;
import org.dispatches.index.Fields;
import org.dispatches.index.IndexSummary;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.ReportIndexer;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexes all Google News "Gaza" headlines through the real reader, extractor and indexer, and
 * checks totals and facet counts against counts taken straight from the raw file.
 */
class HeadlinesFacetCountsTest {
  @TempDir static Path temp;
  private static List<String[]> rows;
  private static FSDirectory directory;
  private static SearcherSource searchers;
  private static SearchService service;
  private static IndexSummary summary;

  @BeforeAll
  static void indexHeadlines() throws Exception {
    Path raw = SharedData.require("gaza-google-news-headlines/gaza-news.txt.gz");
    rows = readRows(raw);
    Path jsonl = temp.resolve("headlines.jsonl");
    try (Writer w = Files.newBufferedWriter(jsonl)) {
      for (int i = 0; i < rows.size(); i++) {
        String[] r = rows.get(i);
        JsonObject o = new JsonObject();
        o.addProperty("id", "gn-" + i); // 44 URLs repeat upstream: ids by row keep every headline
        o.addProperty("date", r[0]);
        o.addProperty("outlet", r[1]);
        o.addProperty("title", r[2]);
        o.addProperty("url", r[3]);
        w.write(o + "\n");
      }
    }
    directory = FSDirectory.open(temp.resolve("index"));
    try (ReportIndexer indexer = new ReportIndexer(directory, IndexingOptions.defaults().withRebuild(true), ArticleExtractor.withDefaults())) {
      summary = indexer.index(List.of(jsonl), org.dispatches.index.IndexProgress.NONE);
    }
    searchers = SearcherSource.open(directory);
    service = new SearchService(searchers, new ActorNames(Gazetteer.loadDefault()));
  }

  @AfterAll
  static void close() throws Exception {
    if (searchers != null) searchers.close();
    if (directory != null) directory.close();
  }

  /** The TSV rows; the upstream file ends with a lone Ctrl-Z line, which has no tabs. */
  private static List<String[]> readRows(Path raw) throws Exception {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(raw)), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] cells = line.split("\t", -1);
        if (cells.length == 4) out.add(new String[] {cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip()});
      }
    }
    return out;
  }

  private static SearchRequest browse(List<String> outlets, int facetSize) {
    return new SearchRequest("", outlets, List.of(), List.of(), List.of(), null, null, null, 1, 10,
        Set.copyOf(Fields.FACET_DIMENSIONS), facetSize);
  }

  private static Map<String, Long> asMap(List<FacetValue> values) {
    return values.stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count, (a, b) -> a, TreeMap::new));
  }

  @Test
  void everyHeadlineIsIndexed() throws Exception {
    assertEquals(11_505, rows.size());
    assertEquals(rows.size(), summary.indexed(), summary.problems().toString());
    assertEquals(0, summary.skipped());
    assertEquals(rows.size(), service.search(browse(List.of(), 20)).total());
  }

  @Test
  void monthCountsEqualTheRawFile() throws Exception {
    Map<String, Long> expected = rows.stream()
        .collect(Collectors.groupingBy(r -> r[0].substring(0, 7), TreeMap::new, Collectors.counting()));
    SearchResponse r = service.search(browse(List.of(), 20));
    assertEquals(expected, asMap(r.facets().get(Fields.FACET_DATE)));
    List<String> order = r.facets().get(Fields.FACET_DATE).stream().map(FacetValue::value).toList();
    assertEquals(new ArrayList<>(expected.keySet()), order, "months in time order");
  }

  @Test
  void publisherCountsEqualTheRawFile() throws Exception {
    Map<String, Long> expected = rows.stream()
        .collect(Collectors.groupingBy(r -> r[1], TreeMap::new, Collectors.counting()));
    SearchResponse r = service.search(browse(List.of(), 1000));
    assertEquals(expected, asMap(r.facets().get(Fields.FACET_OUTLET)));
    assertEquals("Al Jazeera English", r.facets().get(Fields.FACET_OUTLET).get(0).value());
  }

  @Test
  void drillSidewaysUnderAnOutletFilter() throws Exception {
    List<String> picked = List.of("Reuters", "CNN");
    SearchResponse r = service.search(browse(picked, 1000));
    long reutersOrCnn = rows.stream().filter(x -> picked.contains(x[1])).count();
    assertEquals(reutersOrCnn, r.total());
    // the outlet facet ignores its own filter: every publisher keeps its full count
    Map<String, Long> allPublishers = rows.stream()
        .collect(Collectors.groupingBy(x -> x[1], TreeMap::new, Collectors.counting()));
    assertEquals(allPublishers, asMap(r.facets().get(Fields.FACET_OUTLET)));
    // the other facets count only the filtered reports
    Map<String, Long> months = rows.stream().filter(x -> picked.contains(x[1]))
        .collect(Collectors.groupingBy(x -> x[0].substring(0, 7), TreeMap::new, Collectors.counting()));
    assertEquals(months, asMap(r.facets().get(Fields.FACET_DATE)));
  }

  @Test
  void keywordAndDateRangeCountsEqualTheRawFile() throws Exception {
    long expected = rows.stream()
        .filter(x -> x[0].compareTo("2024-01-01") >= 0 && x[0].compareTo("2024-01-31") <= 0)
        .count();
    SearchResponse r = service.search(SearchRequest.of("date:[2024-01-01 TO 2024-01-31]"));
    assertEquals(expected, r.total());
    SearchResponse hostages = service.search(SearchRequest.of("hostages"));
    long containing = rows.stream().filter(x -> x[2].toLowerCase().matches(".*\\bhostage(s)?\\b.*")).count();
    assertTrue(hostages.total() >= containing, hostages.total() + " < " + containing);
  }
}
