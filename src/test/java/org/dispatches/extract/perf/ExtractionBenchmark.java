package org.dispatches.extract.perf;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.dispatches.extract.Article;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.ExtractionStages;
import org.dispatches.extract.Gazetteer;
import org.dispatches.extract.OutletTable;
import org.dispatches.extract.eval.CsvRows;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.SourceLocation;

/**
 * Extraction micro-benchmark on real full texts (BBC 2025 and the LexisNexis Gaza-war export):
 * warms up, then prints reports/s per core for full extraction and CPU ms/report per stage (each
 * the fastest of repeated rounds over all reports, in CPU time of the benchmark thread).
 * Usage: {@code ExtractionBenchmark [dataDir] [seconds] [dumpFile]}; the dump file receives every
 * extracted article, so that two builds can be compared for identical output.
 */
public final class ExtractionBenchmark {
  private static final SourceLocation LOC = new SourceLocation("bench", "bench", 1, false);

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    List<RawReport> reports = load(data);
    if (reports.isEmpty()) {
      System.out.println("No report texts under " + data + ": nothing to measure.");
      return;
    }
    long chars = reports.stream().mapToLong(r -> r.body().length()).sum();
    System.out.printf(Locale.ROOT, "%d reports, %.1f KB average body%n", reports.size(), chars / 1024.0 / reports.size());
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    if (args.length > 2) dump(extractor, reports, Path.of(args[2]));
    ExtractionStages stages = new ExtractionStages(Gazetteer.loadDefault(), OutletTable.loadDefault());
    time("warm-up", reports, r -> extractor.extract(r).figures().size(), seconds);
    double full = time("full extraction", reports, r -> extractor.extract(r).figures().size(), seconds);
    System.out.printf(Locale.ROOT, "full extraction: %.0f reports/s per core (%.3f CPU ms/report, fastest round)%n", 1000 / full, full);
    for (Map.Entry<String, ToIntFunction<RawReport>> e : stages.onRaw().entrySet()) {
      report(e.getKey(), time(e.getKey(), reports, e.getValue(), seconds / 4));
    }
    List<String> texts = reports.stream().map(stages::text).toList();
    for (Map.Entry<String, ToIntFunction<String>> e : stages.onText().entrySet()) {
      report(e.getKey(), time(e.getKey(), texts, e.getValue(), seconds / 4));
    }
    // again after the stages: the difference shows how much the machine's load moved meanwhile
    full = time("full extraction", reports, r -> extractor.extract(r).figures().size(), seconds / 2);
    System.out.printf(Locale.ROOT, "full extraction again: %.0f reports/s per core (%.3f CPU ms/report)%n", 1000 / full, full);
    for (Map.Entry<String, List<RawReport>> corpus : byCorpus(reports).entrySet()) {
      List<RawReport> some = corpus.getValue();
      double ms = time(corpus.getKey(), some, r -> extractor.extract(r).figures().size(), seconds / 4);
      double kb = some.stream().mapToLong(r -> r.body().length()).sum() / 1024.0 / some.size();
      System.out.printf(Locale.ROOT, "  %-18s %.3f CPU ms/report (%d reports, %.1f KB average body, %.3f ms/KB)%n",
          corpus.getKey(), ms, some.size(), kb, ms / kb);
    }
  }

  private static void report(String stage, double ms) {
    System.out.printf(Locale.ROOT, "  %-18s %.4f CPU ms/report%n", stage, ms);
  }

  /**
   * Runs {@code work} over the items in rounds for about {@code seconds}; the CPU ms per item of
   * the fastest round. CPU time of this thread, not wall time: on a shared machine the wall clock
   * also counts the time the neighbours' processes hold the cores.
   */
  private static <T> double time(String label, List<T> items, ToIntFunction<T> work, double seconds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long best = Long.MAX_VALUE;
    do {
      long start = threads.getCurrentThreadCpuTime();
      for (T item : items) sink += work.applyAsInt(item);
      best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
    } while (System.nanoTime() < deadline);
    if (sink == 42) System.out.println(label); // keeps the results alive
    return best / 1e6 / items.size();
  }

  /** The reports per corpus: BBC ones carry a URL, LexisNexis ones do not. */
  private static Map<String, List<RawReport>> byCorpus(List<RawReport> reports) {
    Map<String, List<RawReport>> out = new java.util.LinkedHashMap<>();
    for (RawReport r : reports) out.computeIfAbsent(r.url() != null ? "BBC" : "LexisNexis", k -> new ArrayList<>()).add(r);
    return out;
  }

  private static void dump(ArticleExtractor extractor, List<RawReport> reports, Path file) throws Exception {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (RawReport r : reports) {
        Article a = extractor.extract(r);
        w.println(a);
      }
    }
    System.out.println("wrote " + reports.size() + " articles to " + file);
  }

  private static List<RawReport> load(Path data) throws Exception {
    List<RawReport> out = new ArrayList<>();
    Path bbc = data.resolve("bbc-world-fulltext-2025q1/bbc_news.csv.gz");
    if (Files.exists(bbc)) {
      for (Map<String, String> row : CsvRows.read(bbc)) {
        out.add(new RawReport(null, row.get("headline"), row.get("content"), row.get("publish_date"), null, row.get("url"), null, LOC));
      }
    } else System.out.println(bbc + " not found: skipped");
    Path lexis = data.resolve("gaza-war-fulltext-4-newspapers/output.csv.gz");
    if (Files.exists(lexis)) {
      for (Map<String, String> row : CsvRows.read(lexis)) {
        if ("No Date Found".equals(row.get("date"))) continue; // the README's cover sheets
        out.add(new RawReport(null, null, row.get("text"), null, null, null, null, LOC));
      }
    } else System.out.println(lexis + " not found: skipped");
    return out;
  }
}
