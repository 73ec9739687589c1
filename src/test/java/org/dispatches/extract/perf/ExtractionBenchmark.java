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
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.dispatches.extract.Article;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.ExtractionStages;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.extract.eval.CsvRows;
import org.dispatches.extract.outlets.OutletTable;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportSink;
import org.dispatches.ingest.SourceLocation;

/**
 * Extraction micro-benchmark on real full texts (BBC 2025 and the LexisNexis Gaza-war export):
 * warms up, then prints reports/s per core for full extraction and CPU ms/report per stage (each
 * the fastest of repeated rounds over all reports, in CPU time of the benchmark thread).
 * Usage: {@code ExtractionBenchmark [dataDir|reportFile] [seconds] [dumpFile]}; a report file (any
 * format {@code dispatches index} reads, such as the JSON Lines {@code dispatches bench} generates)
 * replaces the real full texts. The dump file receives every extracted article, so that two builds
 * can be compared for identical output.
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
    System.out.printf(
        Locale.ROOT,
        "%d reports, %.1f KB average body%n",
        reports.size(),
        chars / 1024.0 / reports.size());
    Gazetteer gazetteer = Gazetteer.loadDefault();
    OutletTable outlets = OutletTable.loadDefault();
    // every round starts from a fresh extractor: its caches then hold only what earlier reports of
    // the round left there, as when a corpus is indexed once, not the answers of a previous round
    Supplier<ToIntFunction<RawReport>> full = () -> {
      ArticleExtractor extractor = new ArticleExtractor(gazetteer, outlets);
      return r -> extractor.extract(r).figures().size();
    };
    if (args.length > 2) dump(new ArticleExtractor(gazetteer, outlets), reports, Path.of(args[2]));
    time("warm-up", reports, full, seconds);
    double ms = time("full extraction", reports, full, seconds);
    System.out.printf(
        Locale.ROOT,
        "full extraction: %.0f reports/s per core (%.3f CPU ms/report, fastest round)%n",
        1000 / ms,
        ms);
    ArticleExtractor warm = new ArticleExtractor(gazetteer, outlets);
    ms = time("warm caches", reports, () -> r -> warm.extract(r).figures().size(), seconds / 4);
    System.out.printf(
        Locale.ROOT,
        "  %-18s %.4f CPU ms/report (the same reports again, caches kept)%n",
        "warm caches",
        ms);
    for (String stage : new ExtractionStages(gazetteer, outlets).onRaw().keySet()) {
      report(
          stage,
          time(
              stage,
              reports,
              () -> new ExtractionStages(gazetteer, outlets).onRaw().get(stage),
              seconds / 4));
    }
    ExtractionStages texts = new ExtractionStages(gazetteer, outlets);
    List<String> assembled = reports.stream().map(texts::text).toList();
    for (String stage : texts.onText().keySet()) {
      report(
          stage,
          time(
              stage,
              assembled,
              () -> new ExtractionStages(gazetteer, outlets).onText().get(stage),
              seconds / 4));
    }
    // again after the stages: the difference shows how much the machine's load moved meanwhile
    ms = time("full extraction", reports, full, seconds / 2);
    System.out.printf(
        Locale.ROOT,
        "full extraction again: %.0f reports/s per core (%.3f CPU ms/report)%n",
        1000 / ms,
        ms);
    for (Map.Entry<String, List<RawReport>> corpus : byCorpus(reports).entrySet()) {
      List<RawReport> some = corpus.getValue();
      double corpusMs = time(corpus.getKey(), some, full, seconds / 4);
      double kb = some.stream().mapToLong(r -> r.body().length()).sum() / 1024.0 / some.size();
      System.out.printf(
          Locale.ROOT,
          "  %-18s %.3f CPU ms/report (%d reports, %.1f KB average body, %.3f ms/KB)%n",
          corpus.getKey(),
          corpusMs,
          some.size(),
          kb,
          corpusMs / kb);
    }
  }

  private static void report(String stage, double ms) {
    System.out.printf(Locale.ROOT, "  %-18s %.4f CPU ms/report%n", stage, ms);
  }

  /**
   * Runs a fresh {@code rounds.get()} over the items in each round for about {@code seconds}; the CPU ms per item of
   * the fastest round. CPU time of this thread, not wall time: on a shared machine the wall clock
   * also counts the time the neighbours' processes hold the cores.
   */
  private static <T> double time(
      String label, List<T> items, Supplier<ToIntFunction<T>> rounds, double seconds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long best = Long.MAX_VALUE;
    do {
      ToIntFunction<T> work = rounds.get();
      long start = threads.getCurrentThreadCpuTime();
      for (T item : items) sink += work.applyAsInt(item);
      best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
    } while (System.nanoTime() < deadline);
    if (sink == 42) System.out.println(label); // keeps the results alive
    return best / 1e6 / items.size();
  }

  /** The reports per corpus: BBC ones carry a URL, LexisNexis ones do not; a report file is one corpus. */
  private static Map<String, List<RawReport>> byCorpus(List<RawReport> reports) {
    Map<String, List<RawReport>> out = new java.util.LinkedHashMap<>();
    for (RawReport r : reports)
      out.computeIfAbsent(corpus(r), k -> new ArrayList<>()).add(r);
    return out;
  }

  private static String corpus(RawReport r) {
    if (r.location() != LOC) return r.location().relativePath();
    return r.url() != null ? "BBC" : "LexisNexis";
  }

  private static void dump(ArticleExtractor extractor, List<RawReport> reports, Path file)
      throws Exception {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (RawReport r : reports) {
        Article a = extractor.extract(r);
        w.println(a);
      }
    }
    System.out.println("wrote " + reports.size() + " articles to " + file);
  }

  private static List<RawReport> load(Path data) throws Exception {
    if (Files.isRegularFile(data)) return loadFile(data);
    List<RawReport> out = new ArrayList<>();
    Path bbc = data.resolve("bbc-world-fulltext-2025q1/bbc_news.csv.gz");
    if (Files.exists(bbc)) {
      for (Map<String, String> row : CsvRows.read(bbc)) {
        out.add(new RawReport(
            null,
            row.get("headline"),
            row.get("content"),
            row.get("publish_date"),
            null,
            row.get("url"),
            null,
            LOC));
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

  /** Every report of one corpus file, as indexing reads it. */
  private static List<RawReport> loadFile(Path file) throws Exception {
    List<RawReport> out = new ArrayList<>();
    CorpusReader reader = new CorpusReader();
    for (CorpusFile f : reader.list(List.of(file))) {
      reader.read(f, new ReportSink() {
        @Override
        public void accept(RawReport report) {
          out.add(report);
        }

        @Override
        public void skip(ReadProblem problem) {
          System.out.println("skipped: " + problem);
        }
      });
    }
    return out;
  }
}
