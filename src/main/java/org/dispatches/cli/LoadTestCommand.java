package org.dispatches.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dispatches.load.CorpusGenerator;
import org.dispatches.load.HeapGauge;
import org.dispatches.load.LoadResult;
import org.dispatches.load.LoadTest;
import org.dispatches.load.QueryTask;
import org.dispatches.server.DispatchesServer;
import org.dispatches.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dispatches load-test}: N concurrent clients run a query mix for D seconds against a server
 * on this machine (a running one, or one started here over an index), then print requests, errors,
 * latency percentiles, throughput and heap; {@code --generate} writes a large test corpus instead.
 */
@Command(name = "load-test", mixinStandardHelpOptions = true,
    description = "Load-test a server on this machine with a query mix; exits non-zero on any error.")
final class LoadTestCommand implements Callable<Integer> {
  @Option(names = "--url", description = "A running server on loopback, e.g. http://127.0.0.1:8080")
  URI url;

  @Option(names = "--index", description = "Start a server over this index instead (default: index/)")
  Path index;

  @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE})")
  int clients = 64;

  @Option(names = "--seconds", description = "How long to load (default: ${DEFAULT-VALUE})")
  double seconds = 60;

  @Option(names = "--warmup", description = "Seconds of warm-up before measuring (default: ${DEFAULT-VALUE})")
  double warmup = 10;

  @Option(names = "--tasks", description = "Task file: one 'category: query or parameters' per line (default: built in)")
  Path tasks;

  @Option(names = "--generate", paramLabel = "FILE.jsonl.gz",
      description = "Instead: write a test corpus mixing real sentences from --from-corpus")
  Path generate;

  @Option(names = "--from-corpus", arity = "1..*", description = "Full-text corpora whose sentences --generate mixes")
  List<Path> sources = new ArrayList<>();

  @Option(names = "--reports", description = "Reports --generate writes (default: ${DEFAULT-VALUE})")
  int reports = 100_000;

  @Option(names = "--seed", description = "Seed of --generate (default: ${DEFAULT-VALUE})")
  long seed = 20231007L;

  @Override
  public Integer call() throws Exception {
    if (generate != null) return generateCorpus();
    if (seconds <= 0 || seconds > 3600 || clients < 1 || clients > 1024) {
      throw new IllegalArgumentException("--seconds must be in (0, 3600] and --clients in [1, 1024]");
    }
    List<QueryTask> mix = tasks == null ? defaultTasks() : QueryTask.readAll(tasks);
    if (url != null) return report(run(url, mix), Double.NaN, Double.NaN);
    try (OpenIndex open = OpenIndex.open(index == null ? Locations.defaultIndex() : index)) {
      DispatchesServer server = new DispatchesServer(new ServerConfig("127.0.0.1", 0, null, Set.of()), open.service()).start();
      try {
        URI base = URI.create("http://127.0.0.1:" + server.port());
        System.out.printf(Locale.ROOT, "server on %s over %,d reports%n", base, open.service().count());
        if (warmup > 0) new LoadTest(base, mix, clients).run(warmup);
        double before = HeapGauge.usedAfterGcMb();
        LoadResult result = run(base, mix);
        return report(result, before, HeapGauge.usedAfterGcMb());
      } finally {
        server.close();
      }
    }
  }

  private LoadResult run(URI base, List<QueryTask> mix) throws Exception {
    return new LoadTest(base, mix, clients).run(seconds);
  }

  private static int report(LoadResult result, double heapBefore, double heapAfter) {
    System.out.print(result.report());
    if (!Double.isNaN(heapBefore)) {
      System.out.printf(Locale.ROOT, "heap used after GC: %.0f MB before, %.0f MB after%n", heapBefore, heapAfter);
    }
    return result.errorCount() == 0 && result.requests() > 0 ? 0 : 3;
  }

  private int generateCorpus() throws IOException {
    if (sources.isEmpty()) throw new IllegalArgumentException("--generate needs --from-corpus with full-text sets");
    CorpusGenerator generator = CorpusGenerator.fromCorpora(sources);
    generator.write(generate, reports, seed);
    System.out.printf(Locale.ROOT, "wrote %,d reports mixing %,d sentences to %s%n", reports, generator.sentenceCount(), generate);
    return 0;
  }

  static List<QueryTask> defaultTasks() throws IOException {
    try (InputStream in = LoadTestCommand.class.getResourceAsStream("/load/tasks.txt")) {
      if (in == null) throw new IOException("the built-in task list is missing from the jar");
      return QueryTask.readAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    }
  }
}
