package org.dispatches.contract;

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
import org.dispatches.api.FacetValue;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.extract.outlets.OutletTable;
import org.dispatches.index.Fields;
import org.dispatches.index.IndexSummary;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexes all Google News "Gaza" headlines through the real reader, extractor and the engine's
 * indexer, and checks totals and facet counts against counts taken straight from the raw file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HeadlinesContract {
  Path temp;
  List<String[]> rows;
  Path corpus;
  private Engine.Built built;
  SearchBackend backend;
  IndexSummary summary;

  abstract Engine engine();

  @BeforeAll
  void indexHeadlines(@TempDir Path dir) throws Exception {
    temp = dir;
    Path raw = SharedData.require("gaza-google-news-headlines/gaza-news.txt.gz");
    rows = readRows(raw);
    corpus = temp.resolve("headlines.jsonl");
    writeCorpus(rows, corpus);
    built = engine().fromCorpus(corpus, temp);
    backend = built.backend();
    summary = built.summary();
  }

  /** The rows as JSON Lines, one report per headline. */
  static void writeCorpus(List<String[]> rows, Path corpus) throws Exception {
    try (Writer w = Files.newBufferedWriter(corpus)) {
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
  }

  @AfterAll
  void close() throws Exception {
    if (built != null) built.close();
  }

  /** The TSV rows; the upstream file ends with a lone Ctrl-Z line, which has no tabs. */
  static List<String[]> readRows(Path raw) throws Exception {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(raw)), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] cells = line.split("\t", -1);
        if (cells.length == 4)
          out.add(
              new String[] {cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip()
              });
      }
    }
    return out;
  }

  static SearchRequest browse(List<String> outlets, int facetSize) {
    return SearchRequest.builder()
        .outlets(outlets)
        .size(10)
        .facetSize(facetSize)
        .build();
  }

  static Map<String, Long> asMap(List<FacetValue> values) {
    return values.stream()
        .collect(Collectors.toMap(FacetValue::value, FacetValue::count, (a, b) -> a, TreeMap::new));
  }

  @Test
  void everyHeadlineIsIndexed() throws Exception {
    assertEquals(11_505, rows.size());
    assertEquals(rows.size(), summary.indexed(), summary.problems().toString());
    assertEquals(0, summary.skipped());
    assertEquals(rows.size(), summary.read());
    assertEquals(rows.size(), backend.search(browse(List.of(), 20)).total());
    assertEquals(rows.size(), backend.count());
  }

  @Test
  void monthCountsEqualTheRawFile() throws Exception {
    Map<String, Long> expected = rows.stream()
        .collect(
            Collectors.groupingBy(r -> r[0].substring(0, 7), TreeMap::new, Collectors.counting()));
    SearchResponse r = backend.search(browse(List.of(), 20));
    assertEquals(expected, asMap(r.facets().get(Fields.FACET_DATE)));
    List<String> order =
        r.facets().get(Fields.FACET_DATE).stream().map(FacetValue::value).toList();
    assertEquals(new ArrayList<>(expected.keySet()), order, "months in time order");
  }

  /** A publisher as the raw file writes it, under the outlet table's one name ("BBC.com" is BBC). */
  static String outlet(String publisher) {
    return OUTLETS.canonical(publisher);
  }

  private static final OutletTable OUTLETS = OutletTable.loadDefault();

  @Test
  void publisherCountsEqualTheRawFile() throws Exception {
    Map<String, Long> expected = rows.stream()
        .collect(Collectors.groupingBy(r -> outlet(r[1]), TreeMap::new, Collectors.counting()));
    SearchResponse r = backend.search(browse(List.of(), 1000));
    assertEquals(expected, asMap(r.facets().get(Fields.FACET_OUTLET)));
    assertEquals("Al Jazeera", r.facets().get(Fields.FACET_OUTLET).get(0).value());
    // every outlet once: no two facet values differ only in case, furniture or a leading "the"
    Set<String> keys = new java.util.HashSet<>();
    for (FacetValue v : r.facets().get(Fields.FACET_OUTLET))
      assertTrue(keys.add(OutletTable.keyOf(v.value())), v.value());
  }

  @Test
  void drillSidewaysUnderAnOutletFilter() throws Exception {
    List<String> picked = List.of("Reuters", "CNN");
    SearchResponse r = backend.search(browse(picked, 1000));
    long reutersOrCnn = rows.stream().filter(x -> picked.contains(outlet(x[1]))).count();
    assertEquals(reutersOrCnn, r.total());
    // the outlet facet ignores its own filter: every publisher keeps its full count
    Map<String, Long> allPublishers = rows.stream()
        .collect(Collectors.groupingBy(x -> outlet(x[1]), TreeMap::new, Collectors.counting()));
    assertEquals(allPublishers, asMap(r.facets().get(Fields.FACET_OUTLET)));
    // the other facets count only the filtered reports
    Map<String, Long> months = rows.stream()
        .filter(x -> picked.contains(outlet(x[1])))
        .collect(
            Collectors.groupingBy(x -> x[0].substring(0, 7), TreeMap::new, Collectors.counting()));
    assertEquals(months, asMap(r.facets().get(Fields.FACET_DATE)));
  }

  @Test
  void keywordAndDateRangeCountsEqualTheRawFile() throws Exception {
    long expected = rows.stream()
        .filter(x -> x[0].compareTo("2024-01-01") >= 0 && x[0].compareTo("2024-01-31") <= 0)
        .count();
    SearchResponse r = backend.search(SearchRequest.of("date:[2024-01-01 TO 2024-01-31]"));
    assertEquals(expected, r.total());
    SearchResponse hostages = backend.search(SearchRequest.of("hostages"));
    long containing = rows.stream()
        .filter(x -> x[2].toLowerCase().matches(".*\\bhostage(s)?\\b.*"))
        .count();
    assertTrue(hostages.total() >= containing, hostages.total() + " < " + containing);
  }
}
