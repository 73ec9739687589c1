package org.dispatches.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dispatches.api.SearchLimits;
import org.dispatches.bench.BenchCorpus;
import org.dispatches.bench.CorpusGenerator;
import org.dispatches.bench.HeapGauge;
import org.dispatches.bench.IdleBodies;
import org.dispatches.bench.LoadResult;
import org.dispatches.bench.LoadTest;
import org.dispatches.bench.QueryTask;
import org.dispatches.bench.SentencePool;
import org.dispatches.bench.TaskFile;
import org.dispatches.server.DispatchesServer;
import org.dispatches.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dispatches load-test}: N concurrent clients run a query mix for D seconds against a server
 * on this machine (a running one, or one started here over an index), then print requests, errors,
 * latency percentiles, throughput and heap; {@code --generate} writes a large test corpus instead.
 */
@Command(
    name = "load-test",
    mixinStandardHelpOptions = true,
    description =
        "Load-test a server on this machine with a query mix; exits non-zero on any error.")
final class LoadTestCommand implements Callable<Integer> {
  @Option(names = "--url", description = "A running server on loopback, e.g. http://127.0.0.1:8080")
  URI url;

  @Option(
      names = "--index",
      description = "Start a server over this index instead (default: index/)")
  Path index;

  @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE})")
  int clients = 64;

  @Option(names = "--seconds", description = "How long to load (default: ${DEFAULT-VALUE})")
  double seconds = 60;

  @Option(
      names = "--warmup",
      description = "Seconds of warm-up before measuring (default: ${DEFAULT-VALUE})")
  double warmup = 10;

  @Option(
      names = "--tasks",
      description =
          "Task file: one 'category | parameters' per line, e.g. 'phrase | q=\"prisoner exchange\"' (default: built in)")
  Path tasks;

  @Option(
      names = "--generate",
      paramLabel = "FILE.jsonl.gz",
      description = "Instead: write a test corpus mixing real sentences from --from-corpus")
  Path generate;

  @Option(
      names = "--from-corpus",
      arity = "1..*",
      description = "Full-text corpora whose sentences --generate mixes")
  List<Path> sources = new ArrayList<>();

  @Option(
      names = "--reports",
      description = "Reports --generate writes (default: ${DEFAULT-VALUE})")
  int reports = 100_000;

  @Option(names = "--seed", description = "Seed of --generate (default: ${DEFAULT-VALUE})")
  long seed = 20231007L;

  @Option(
      names = "--adversarial",
      description =
          "Run the normal mix alone, then again beside hostile clients"
              + " (idle-body connections, regular expressions, fuzzy terms, deep wildcards); compare the two")
  boolean adversarial;

  @Option(
      names = "--idle-connections",
      description =
          "With --adversarial: connections that never send their body (default: ${DEFAULT-VALUE})")
  int idleConnections = 16;

  @Option(
      names = "--hostile-clients",
      description =
          "With --adversarial: clients sending the expensive mix (default: ${DEFAULT-VALUE})")
  int hostileClients = 8;

  @Override
  public Integer call() throws Exception {
    if (generate != null) return generateCorpus();
    if (seconds <= 0 || seconds > 3600 || clients < 1 || clients > 1024) {
      throw new IllegalArgumentException(
          "--seconds must be in (0, 3600] and --clients in [1, 1024]");
    }
    List<QueryTask> mix = tasks == null ? defaultTasks() : TaskFile.load(tasks);
    if (url != null)
      return adversarial ? adversarial(url, mix) : report(run(url, mix), Double.NaN, Double.NaN);
    try (OpenIndex open = OpenIndex.open(index == null ? Locations.defaultIndex() : index)) {
      DispatchesServer server = new DispatchesServer(
              new ServerConfig("127.0.0.1", 0, null, Set.of()), open.service())
          .start();
      try {
        URI base = URI.create("http://127.0.0.1:" + server.port());
        System.out.printf(
            Locale.ROOT, "server on %s over %,d reports%n", base, open.service().count());
        if (warmup > 0) new LoadTest(base, mix, clients).run(warmup);
        if (adversarial) return adversarial(base, mix);
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

  /**
   * The normal mix alone, then beside {@link #idleConnections} idle-body connections and
   * {@link #hostileClients} clients sending the expensive mix. Passes when the normal mix's p99
   * stays within 2x of its p99 alone, no request of either mix fails (the hostile mix's 400s and
   * 503s are expected answers), and none takes longer than the search deadline plus 1 s.
   */
  private int adversarial(URI base, List<QueryTask> mix) throws Exception {
    List<QueryTask> hostile = hostileTasks();
    System.out.println("normal mix alone:");
    LoadResult alone = run(base, mix);
    System.out.print(alone.report());
    LoadResult beside;
    LoadResult attack;
    long idleOpened;
    long idleHeld;
    try (IdleBodies idle = new IdleBodies(base, idleConnections).start();
        ExecutorService background = Executors.newSingleThreadExecutor()) {
      Future<LoadResult> attacking = background.submit(
          () -> new LoadTest(base, hostile, hostileClients, Set.of(200, 400, 503)).run(seconds));
      beside = run(base, mix);
      attack = attacking.get();
      idleOpened = idle.opened();
      idleHeld = idle.longestHeldMillis();
    }
    System.out.printf(
        Locale.ROOT,
        "normal mix beside %d idle-body connections and %d hostile clients:%n",
        idleConnections,
        hostileClients);
    System.out.print(beside.report());
    System.out.println("hostile mix:");
    System.out.print(attack.report());
    System.out.printf(
        Locale.ROOT,
        "idle-body connections: %,d opened, the longest held %,d ms by the server%n",
        idleOpened,
        idleHeld);
    double ratio = beside.p99() / Math.max(alone.p99(), 1e-3);
    double limitMs = SearchLimits.DEFAULT_TIMEOUT.toMillis() + 1_000;
    double slowest = Math.max(beside.max(), attack.max());
    boolean ok =
        ratio <= 2 && beside.errorCount() == 0 && attack.errorCount() == 0 && slowest <= limitMs;
    System.out.printf(
        Locale.ROOT,
        "verdict: p99 %.1f ms beside vs %.1f ms alone (%.2fx, limit 2x); errors %d + %d;"
            + " slowest response %.0f ms (limit %.0f ms): %s%n",
        beside.p99(),
        alone.p99(),
        ratio,
        beside.errorCount(),
        attack.errorCount(),
        slowest,
        limitMs,
        ok ? "PASS" : "FAIL");
    return ok ? 0 : 3;
  }

  static List<QueryTask> hostileTasks() throws IOException {
    return TaskFile.resource(TaskFile.HOSTILE_RESOURCE);
  }

  private static int report(LoadResult result, double heapBefore, double heapAfter) {
    System.out.print(result.report());
    if (!Double.isNaN(heapBefore)) {
      System.out.printf(
          Locale.ROOT,
          "heap used after GC: %.0f MB before, %.0f MB after%n",
          heapBefore,
          heapAfter);
    }
    return result.errorCount() == 0 && result.requests() > 0 ? 0 : 3;
  }

  private int generateCorpus() throws IOException {
    if (sources.isEmpty())
      throw new IllegalArgumentException("--generate needs --from-corpus with full-text sets");
    SentencePool pool = SentencePool.fromCorpora(sources);
    BenchCorpus corpus = new CorpusGenerator(pool).write(generate, reports, seed);
    System.out.printf(
        Locale.ROOT,
        "wrote %,d reports (%.0f words each on average) mixing %,d sentences to %s%n",
        corpus.docs(),
        corpus.wordsPerReport(),
        pool.sentences().size(),
        generate);
    return 0;
  }

  static List<QueryTask> defaultTasks() throws IOException {
    return TaskFile.resource(TaskFile.LOAD_RESOURCE);
  }
}
