package org.dispatches.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.dispatches.bench.BenchOptions;
import org.dispatches.bench.BenchReport;
import org.dispatches.bench.BenchResults;
import org.dispatches.bench.BenchRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dispatches bench}: indexing and search speed against bare Lucene and OpenSearch, measured side by side. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmark indexing and search on generated reports against bare Lucene and OpenSearch.")
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--docs", description = "Reports to generate (default: ${DEFAULT-VALUE})")
  int docs = 10_000;

  @Option(
      names = "--seed",
      description = "Seed of the generated corpus (default: ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(
      names = "--data",
      description = "Shared data folder with the full-text sets (default: ../shared/data)")
  Path data;

  @Option(
      names = "--work",
      description = "Work folder for corpus and indexes (default: target/bench)")
  Path work;

  @Option(names = "--threads", description = "Indexing threads (default: the number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--extraction-sample",
      description = "Reports the extraction-alone pass runs over (default: ${DEFAULT-VALUE})")
  long extractionSample = 50_000;

  @Option(
      names = "--opensearch",
      description =
          "none, auto (start a node with the script), or a node URL (default: ${DEFAULT-VALUE})")
  String openSearch = "none";

  @Option(names = "--opensearch-script", description = "Default: ../shared/tools/opensearch.sh")
  Path openSearchScript;

  @Option(
      names = "--opensearch-port",
      description = "Port of the node started with auto (default: ${DEFAULT-VALUE})")
  int openSearchPort = 9287;

  @Option(
      names = "--opensearch-heap",
      description = "Heap of the node started with auto (default: ${DEFAULT-VALUE})")
  String openSearchHeap = "2g";

  @Option(names = "--tasks", description = "Query task file (default: the built-in mix)")
  Path tasks;

  @Option(
      names = "--warmup",
      description =
          "Warm-up seconds per system; JIT keeps improving for ~30 s of queries (default: ${DEFAULT-VALUE})")
  double warmup = 60;

  @Option(
      names = "--measure",
      description = "Seconds per throughput measurement (default: ${DEFAULT-VALUE})")
  double measure = 10;

  @Option(
      names = "--rounds",
      description = "Single-client passes over the mix for latencies (default: ${DEFAULT-VALUE})")
  int rounds = 20;

  @Option(names = "--gzip", description = "Write the corpus gzipped")
  boolean gzip;

  @Option(
      names = "--report",
      description =
          "Markdown file the table is appended to (default: docs/BENCHMARKS.md; 'none' for no file)")
  String report = "docs/BENCHMARKS.md";

  @Override
  public Integer call() throws Exception {
    Path home = Locations.home();
    Path reportFile = report.equals("none") ? null : home.resolve(report);
    BenchOptions options = new BenchOptions(
        docs,
        seed,
        data != null ? data : home.resolve("../shared/data").normalize(),
        work != null ? work : home.resolve("target/bench"),
        threads,
        extractionSample,
        openSearch,
        openSearchScript != null
            ? openSearchScript
            : home.resolve("../shared/tools/opensearch.sh").normalize(),
        openSearchPort,
        openSearchHeap,
        tasks,
        warmup,
        measure,
        rounds,
        gzip,
        reportFile);
    BenchResults results = new BenchRun(options, System.err).run();
    String markdown = BenchReport.markdown(results);
    System.out.print(markdown);
    if (reportFile != null) {
      Files.createDirectories(reportFile.toAbsolutePath().getParent());
      if (!Files.exists(reportFile))
        Files.writeString(reportFile, "# Benchmarks\n\nAppended by `dispatches bench`.\n\n");
      Files.writeString(
          reportFile, markdown + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      System.err.println("appended to " + reportFile);
    }
    return 0;
  }
}
