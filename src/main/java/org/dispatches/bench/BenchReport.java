package org.dispatches.bench;

import java.util.Locale;
import java.util.Map;

/** Renders a run as markdown: ratios against the baselines first, absolute figures after. */
public final class BenchReport {
  private final BenchResults r;
  private final StringBuilder out = new StringBuilder();

  private BenchReport(BenchResults r) {
    this.r = r;
  }

  /** The markdown section for {@code results}. */
  public static String markdown(BenchResults results) {
    return new BenchReport(results).render();
  }

  private String render() {
    line("## %,d reports, %s", r.corpus().docs(), r.started());
    line("");
    line(
        "Machine: %s. Load average (1/5/15 min) before: %s, after: %s. Threads for indexing: %d; heap limit %.0f MB.",
        r.machine().describe(),
        r.loadBefore(),
        r.loadAfter(),
        r.threads(),
        HeapWatch.maxBytes() / 1e6);
    line(
        "Corpus: seed %d, %.0f words per report, %.1f MB of raw text (titles and bodies), %.1f MB as written.",
        r.corpus().seed(),
        r.corpus().wordsPerReport(),
        r.corpus().textBytes() / 1e6,
        r.corpus().fileBytes() / 1e6);
    line(
        "Each system: %.0f s warm-up with 2 clients, latencies over %d single-client passes of the %d-query mix,"
            + " throughput over %.0f s per client count.",
        r.warmupSeconds(), r.latencyRounds(), r.javaApi().hitCounts().size(), r.measureSeconds());
    if (r.openSearch() != null) {
      line(
          "OpenSearch %s: its docs/s is bulk loading of already-extracted fields (extraction excluded);"
              + " the row \"with one extraction pass\" adds the time extraction alone would take for the same reports.",
          r.openSearchVersion());
    }
    line("");
    ratios();
    absolutesIndexing();
    absolutesSearch();
    hitCounts();
    return out.toString();
  }

  private void ratios() {
    line("| ratio | Dispatches / OpenSearch | Dispatches / bare Lucene | target |");
    line("|---|---|---|---|");
    IndexingResult d = r.dispatches();
    IndexingResult os = r.openSearch();
    line(
        "| indexing docs/s, full extraction | %s | %s | >= 1.5x OS, >= 0.5x Lucene |",
        os == null ? "-" : x(d.docsPerSecond() / os.docsPerSecond()),
        x(d.docsPerSecond() / r.bareLucene().docsPerSecond()));
    if (os != null) {
      double osWithExtraction =
          os.docs() / (os.seconds() + os.docs() / r.extraction().docsPerSecond());
      line(
          "| indexing docs/s vs OpenSearch with one extraction pass | %s | | |",
          x(d.docsPerSecond() / osWithExtraction));
    }
    // what full extraction allows at best on these cores: extraction alone, then a write no dearer
    // than bare Lucene's body-only one (reading counted in both, so the bound is a little low)
    double ceiling =
        1 / (1 / r.extraction().docsPerSecond() + 1 / r.bareLucene().docsPerSecond());
    line(
        "| ceiling: extraction alone + bare Lucene's write, same cores | %s | %s | |",
        os == null ? "-" : x(ceiling / os.docsPerSecond()),
        x(ceiling / r.bareLucene().docsPerSecond()));
    line(
        "| index size | %s | %s | |",
        os == null ? "-" : x((double) d.indexBytes() / os.indexBytes()),
        x((double) d.indexBytes() / r.bareLucene().indexBytes()));
    PairedLatencies paired = r.interleaved();
    if (paired != null) {
      line(
          "| query mix p50 (HTTP, timed in turn with OpenSearch) | %s | | <= 0.5 |",
          x(paired.ours().p50() / paired.theirs().p50()));
      line(
          "| query mix p99 (HTTP, timed in turn with OpenSearch) | %s | | <= 0.5 |",
          x(paired.ours().p99() / paired.theirs().p99()));
    }
    SearchResult o = r.openSearchSearch();
    for (SearchResult s : new SearchResult[] {r.http(), r.javaApi()}) {
      String via = s == r.http() ? "HTTP" : "Java API";
      line(
          "| query mix p50 (%s) | %s | | <= 0.5 |",
          via, o == null ? "-" : x(s.latency().p50() / o.latency().p50()));
      line(
          "| query mix p99 (%s) | %s | | <= 0.5 |",
          via, o == null ? "-" : x(s.latency().p99() / o.latency().p99()));
      line(
          "| throughput, 4 clients (%s) | %s | | |", via, o == null ? "-" : x(s.qps4() / o.qps4()));
      line(
          "| throughput, 16 clients (%s) | %s | | >= 2 |",
          via, o == null ? "-" : x(s.qps16() / o.qps16()));
    }
    line("");
    line(
        "Serving: ready %.0f ms after opening the existing index (target < 2 s); peak heap after collections while serving %.0f MB (target: fits -Xmx1g).",
        r.readyMillis(), r.servingPeakHeapBytes() / 1e6);
    ServeCheck.Outcome serve = r.serveCheck();
    if (serve != null) {
      line(
          "`dispatches serve` in a new JVM with -Xmx%s: first answer %.0f ms after the process started (JVM start included;"
              + " target < 2 s); under the mix: p50 %.2f ms, p99 %.2f ms, %,.0f q/s with 16 clients.",
          serve.heap(),
          serve.readyMillis(),
          serve.search().latency().p50(),
          serve.search().latency().p99(),
          serve.search().qps16());
    }
    line("");
  }

  private void absolutesIndexing() {
    line(
        "| indexing | docs | seconds | docs/s | MB/s (raw text) | index MB | index / raw text | peak heap after GC, MB |");
    line("|---|---|---|---|---|---|---|---|");
    for (IndexingResult i :
        new IndexingResult[] {r.dispatches(), r.bareLucene(), r.extraction(), r.openSearch()}) {
      if (i == null) continue;
      String name = i == r.extraction()
          ? "extraction alone (no index)"
          : i == r.openSearch() ? "OpenSearch (bulk load, no extraction)" : i.name();
      line(
          "| %s | %,d | %.1f | %,.0f | %.2f | %s | %s | %s |",
          name,
          i.docs(),
          i.seconds(),
          i.docsPerSecond(),
          i.megabytesPerSecond(),
          i.indexBytes() == 0 ? "-" : String.format(Locale.ROOT, "%.0f", i.indexBytes() / 1e6),
          i.indexBytes() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", i.sizeRatio()),
          i.peakHeapBytes() == 0
              ? "-"
              : String.format(Locale.ROOT, "%.0f", i.peakHeapBytes() / 1e6));
    }
    line("");
  }

  private void absolutesSearch() {
    line("| query mix | p50 ms | p95 ms | p99 ms | mean ms | q/s, 4 clients | q/s, 16 clients |");
    line("|---|---|---|---|---|---|---|");
    for (SearchResult s : new SearchResult[] {r.javaApi(), r.http(), r.openSearchSearch()}) {
      if (s == null) continue;
      Latencies l = s.latency();
      line(
          "| %s | %.2f | %.2f | %.2f | %.2f | %,.0f | %,.0f |",
          s.name(), l.p50(), l.p95(), l.p99(), l.mean(), s.qps4(), s.qps16());
    }
    if (r.interleaved() != null) {
      Latencies ours = r.interleaved().ours();
      Latencies theirs = r.interleaved().theirs();
      line(
          "| in turn, query by query: Dispatches (HTTP) | %.2f | %.2f | %.2f | %.2f | | |",
          ours.p50(), ours.p95(), ours.p99(), ours.mean());
      line(
          "| in turn, query by query: OpenSearch | %.2f | %.2f | %.2f | %.2f | | |",
          theirs.p50(), theirs.p95(), theirs.p99(), theirs.mean());
    }
    line("");
  }

  private void hitCounts() {
    line("| task | Dispatches hits | OpenSearch hits |");
    line("|---|---|---|");
    Map<QueryTask, Long> theirs =
        r.openSearchSearch() == null ? Map.of() : r.openSearchSearch().hitCounts();
    r.javaApi().hitCounts().forEach((task, n) -> {
      Long other = theirs.get(task);
      line(
          "| %s | %,d | %s |",
          task.label().replace("|", "\\|"),
          n,
          other == null
              ? "-"
              : String.format(Locale.ROOT, "%,d%s", other, other.equals(n) ? "" : " (differs)"));
    });
    line("");
    if (!r.mismatches().isEmpty())
      line(
          "Hit-count mismatches: %d of %d tasks.%n",
          r.mismatches().size(), r.javaApi().hitCounts().size());
  }

  private static String x(double ratio) {
    return String.format(Locale.ROOT, "%.2fx", ratio);
  }

  private void line(String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
