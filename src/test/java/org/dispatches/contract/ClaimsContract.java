package org.dispatches.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchRequest;
import org.dispatches.claims.Claim;
import org.dispatches.claims.ClaimFilter;
import org.dispatches.claims.ClaimSummary;
import org.dispatches.claims.Claims;
import org.dispatches.claims.Interval;
import org.dispatches.claims.SummaryRow;
import org.dispatches.extract.Article;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.figures.Figure;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.RawReport;
import org.dispatches.testing.CollectingSink;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims and their summaries on real reporting (the Al Jazeera headlines, the four newspapers'
 * full texts and BBC 2025), through the engine's index, against the same claims computed from the raw files:
 * each record read and extracted directly, no index, no stored JSON, no search.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClaimsContract {
  private Engine.Built built;
  private SearchBackend backend;
  /** Every report of the raw files, extracted, the first of a repeated id only (as indexing keeps it). */
  private final List<Article> raw = new ArrayList<>();

  abstract Engine engine();

  @BeforeAll
  void index(@TempDir Path temp) throws Exception {
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    Files.copy(
        SharedData.require("aljazeera-israel-palestine-headlines/news_data.csv"),
        corpus.resolve("aj.csv"));
    Files.copy(
        SharedData.require("gaza-war-fulltext-4-newspapers/output.csv.gz"),
        corpus.resolve("papers.csv.gz"));
    Files.copy(
        SharedData.require("bbc-world-fulltext-2025q1/bbc_news.csv.gz"),
        corpus.resolve("bbc.csv.gz"));
    CorpusReader reader = new CorpusReader();
    CollectingSink sink = new CollectingSink();
    for (CorpusFile f : reader.list(List.of(corpus))) reader.read(f, sink);
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    Map<String, Article> byId = new LinkedHashMap<>();
    for (RawReport r : sink.reports) {
      Article a = extractor.extract(r);
      byId.putIfAbsent(a.id(), a);
    }
    raw.addAll(byId.values());
    built = engine().fromCorpus(corpus, temp);
    backend = built.backend();
  }

  @AfterAll
  void close() throws Exception {
    if (built != null) built.close();
  }

  private static SearchRequest all(LocalDate from, LocalDate to) {
    return SearchRequest.builder().from(from).to(to).size(10).facetSize(10).build();
  }

  /** The raw reports' figures that {@code filter} accepts, as comparable keys, sorted. */
  private List<String> expected(ClaimFilter filter, Predicate<Article> reports) {
    List<String> out = new ArrayList<>();
    for (Article a : raw) {
      if (!reports.test(a)) continue;
      for (Figure f : a.figures())
        if (filter.accepts(f))
          out.add(key(a.id(), date(a), f.kind(), f.value(), f.claim(), f.source(), f.sentence()));
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  private List<String> actual(List<Claim> claims) {
    return claims.stream()
        .map(c ->
            key(c.report(), c.date(), c.kind(), c.value(), c.claim(), c.source(), c.sentence()))
        .sorted()
        .toList();
  }

  private static String key(
      String id,
      String date,
      String kind,
      long value,
      String claim,
      String source,
      String sentence) {
    return String.join(
        "|",
        id,
        String.valueOf(date),
        kind,
        Long.toString(value),
        claim,
        String.valueOf(source),
        sentence);
  }

  private static String date(Article a) {
    return a.date() != null && a.date().known() ? a.date().date().toString() : null;
  }

  @Test
  void everyKilledClaimOfTheRawFilesAndNoOther() throws Exception {
    ClaimFilter filter = ClaimFilter.of("killed");
    List<Claim> claims = new Claims(backend).list(all(null, null), filter, null);
    List<String> expected = expected(filter, a -> true);
    assertTrue(
        expected.size() > 500, "the sets state hundreds of killed figures: " + expected.size());
    assertEquals(expected, actual(claims));
    // oldest first, undated last
    List<String> dates = claims.stream().map(Claim::date).toList();
    List<String> sorted = new ArrayList<>(dates);
    sorted.sort(Comparator.nullsLast(Comparator.naturalOrder()));
    assertEquals(sorted, dates);
  }

  @Test
  void everyClaimTypeAndKindWithADateRange() throws Exception {
    LocalDate from = LocalDate.of(2023, 10, 7);
    LocalDate to = LocalDate.of(2023, 11, 30);
    ClaimFilter filter = new ClaimFilter("wounded", List.of(), Set.of("all"));
    List<Claim> claims = new Claims(backend).list(all(from, to), filter, null);
    List<String> expected = expected(filter, a -> {
      String d = date(a);
      return d != null && d.compareTo(from.toString()) >= 0 && d.compareTo(to.toString()) <= 0;
    });
    assertTrue(
        expected.size() > 20, "wounded figures in the war's first weeks: " + expected.size());
    assertEquals(expected, actual(claims));
  }

  @Test
  void attributionFilterTakesTheSourceInAnyCase() throws Exception {
    ClaimFilter any = ClaimFilter.of("killed");
    Map<String, Long> bySource = expected(any, a -> true).stream()
        .map(k -> k.split("\\|")[5])
        .filter(s -> !s.equals("null"))
        .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    String top = bySource.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .orElseThrow()
        .getKey();
    ClaimFilter one =
        new ClaimFilter("killed", List.of(top.toUpperCase(java.util.Locale.ROOT)), Set.of());
    List<Claim> claims = new Claims(backend).list(all(null, null), one, null);
    assertEquals(bySource.get(top), (long) claims.size(), top);
    assertTrue(claims.stream()
        .allMatch(c -> top.equalsIgnoreCase(c.source()) || top.equalsIgnoreCase(c.attribution())));
  }

  @Test
  void weeklySummaryEqualsTheRawFiles() throws Exception {
    ClaimFilter filter = ClaimFilter.of("killed");
    ClaimSummary summary = new ClaimSummary(Interval.WEEK);
    new Claims(backend).forEach(all(null, null), filter, null, summary::add);
    // computed here, apart from ClaimSummary: group the raw figures by Monday and source
    Map<String, List<Long>> groups = new TreeMap<>();
    long undated = 0;
    for (Article a : raw) {
      for (Figure f : a.figures()) {
        if (!filter.accepts(f)) continue;
        if (date(a) == null) {
          undated++;
          continue;
        }
        String monday = a.date()
            .date()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .toString();
        String source = f.source() == null ? ClaimSummary.UNATTRIBUTED : f.source();
        groups.computeIfAbsent(monday + "|" + source, k -> new ArrayList<>()).add(f.value());
      }
    }
    List<String> expected = new ArrayList<>();
    groups.forEach((k, values) -> {
      values.sort(Comparator.naturalOrder());
      int n = values.size();
      double median =
          n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2.0;
      expected.add(k + "|" + n + "|" + values.get(0) + "|" + median + "|" + values.get(n - 1));
    });
    List<String> rows = summary.rows().stream()
        .map(r -> r.period() + "|" + r.source() + "|" + r.count() + "|" + r.min() + "|" + r.median()
            + "|" + r.max())
        .sorted()
        .toList();
    assertEquals(expected.stream().sorted().toList(), rows);
    assertEquals(undated, summary.undated());
    assertTrue(
        summary.rows().stream().anyMatch(r -> r.count() > 2),
        "some weeks have several claims from one source");
    SummaryRow first = summary.rows().get(0);
    assertTrue(
        first.period().compareTo(summary.rows().get(summary.rows().size() - 1).period()) <= 0,
        "periods in time order");
  }
}
