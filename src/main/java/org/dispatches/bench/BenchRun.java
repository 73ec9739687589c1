package org.dispatches.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.store.FSDirectory;
import org.dispatches.api.ActorNames;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.search.SearchService;
import org.dispatches.search.SearcherSource;
import org.dispatches.server.DispatchesServer;
import org.dispatches.server.ServerConfig;

/** One benchmark run: corpus, the indexing passes, the query mix on every system, the cross-check. */
public final class BenchRun {
  /** The heap the served index must fit in. */
  static final String SERVE_HEAP = "1g";

  private final BenchOptions options;
  private final PrintStream log;
  private final LoadDriver driver;

  public BenchRun(BenchOptions options, PrintStream log) throws IOException {
    this.options = options;
    this.log = log;
    this.driver = new LoadDriver(TaskFile.load(options.tasks()));
  }

  /** Runs everything and returns the figures. */
  public BenchResults run() throws Exception {
    LoopbackHttp.keepConnectionsAlive();
    String loadBefore = Machine.loadAverage();
    LocalDateTime started = LocalDateTime.now().withNano(0);
    Files.createDirectories(options.workDir());
    BenchCorpus corpus = corpus();
    IndexingBench indexing = new IndexingBench(corpus, options.threads(), 128);
    Path bulkFile =
        options.withOpenSearch() ? options.workDir().resolve("opensearch-docs.jsonl") : null;
    step("bare Lucene indexing");
    IndexingResult bare = indexing.bareLucene(fresh("index-lucene"));
    step("Dispatches indexing");
    Path indexDir = fresh("index-dispatches");
    IndexingResult dispatches = indexing.dispatches(indexDir);
    // after the indexing passes, so extraction runs compiled: first, it measured the JIT at work
    // (1,176 docs/s at 1M, against ~7,000 warm) and flattered the row that adds it to OpenSearch
    step("extraction alone, first " + Math.min(options.docs(), options.extractionSample())
        + " reports");
    IndexingResult extraction = indexing.extraction(options.extractionSample());
    if (bulkFile != null) {
      step("exporting the extracted reports for OpenSearch");
      IndexExport.write(indexDir, bulkFile);
    }
    BenchRun.Served served = serve(indexDir, http -> {
      ServeCheck.Outcome check = null;
      Path jar = ServeCheck.ownJar();
      if (jar != null) {
        step("dispatches serve in a new JVM with -Xmx" + SERVE_HEAP);
        check = ServeCheck.run(
            jar, indexDir, options.workDir().resolve("serve.log"), SERVE_HEAP, this::measure);
      }
      OpenSearchBench.Outcome outcome = null;
      if (options.withOpenSearch()) {
        step("OpenSearch");
        // the in-process server stays up, so that the two can be timed in turn at the end
        outcome = new OpenSearchBench(options, this::measure, log)
            .run(
                bulkFile,
                corpus,
                openSearch -> driver.interleaved(http, openSearch, options.latencyRounds()));
      }
      return new AfterServing(check, outcome);
    });
    ServedMixes mixes = served.mixes();
    ServeCheck.Outcome serveCheck = served.after().serveCheck();
    OpenSearchBench.Outcome os = served.after().openSearch();
    List<String> mismatches = os == null
        ? List.of()
        : mismatches(mixes.java().hitCounts(), os.search().hitCounts());
    return new BenchResults(
        Machine.current(),
        started,
        loadBefore,
        Machine.loadAverage(),
        corpus,
        options.threads(),
        options.warmupSeconds(),
        options.latencyRounds(),
        options.measureSeconds(),
        extraction,
        bare,
        dispatches,
        os == null ? null : os.indexing(),
        os == null ? null : os.version(),
        mixes.readyMillis(),
        mixes.peakHeap(),
        mixes.java(),
        mixes.http(),
        os == null ? null : os.search(),
        os == null ? null : os.paired(),
        serveCheck,
        mismatches);
  }

  private BenchCorpus corpus() throws IOException {
    Path file = options
        .workDir()
        .resolve(String.format(
            Locale.ROOT,
            "reports-%d-seed%d.jsonl%s",
            options.docs(),
            options.seed(),
            options.gzip() ? ".gz" : ""));
    step("building " + options.docs() + " reports in " + file);
    return new CorpusGenerator(SentencePool.load(options.dataRoot()))
        .write(file, options.docs(), options.seed());
  }

  /** What runs while the in-process server is up, after its own mixes: given its HTTP client. */
  @FunctionalInterface
  private interface WhileServing {
    AfterServing run(HttpApiClient http) throws Exception;
  }

  /**
   * Opens the index as `serve` does, times the server's readiness, runs the mix through the Java
   * API and HTTP, then {@code next} while the server is still up.
   */
  private Served serve(Path indexDir, WhileServing next) throws Exception {
    step("serving: Java API and HTTP");
    // the indexing passes leave this JVM's heap full of their garbage: the watch collects it first,
    // so that the search passes do not pay for it (OpenSearch and `serve` search in JVMs of their
    // own)
    HeapWatch heap = HeapWatch.start();
    long start = System.nanoTime();
    ServedMixes mixes;
    try (FSDirectory directory = FSDirectory.open(indexDir);
        SearcherSource searchers = SearcherSource.open(directory)) {
      SearchService service = new SearchService(searchers, new ActorNames(Gazetteer.loadDefault()));
      try (DispatchesServer server = new DispatchesServer(
              new ServerConfig("127.0.0.1", 0, null, java.util.Set.of()), service)
          .start()) {
        HttpApiClient httpClient = new HttpApiClient(server.port());
        try (heap) {
          httpClient.run(new QueryTask("ready", Map.of("facets", List.of("none"))));
          double readyMillis = (System.nanoTime() - start) / 1e6;
          SearchResult java = measure("Dispatches (Java API)", new JavaApiClient(service));
          SearchResult overHttp = measure("Dispatches (HTTP)", httpClient);
          mixes = new ServedMixes(readyMillis, heap.peakBytes(), java, overHttp);
        }
        return new Served(mixes, next.run(httpClient));
      }
    }
  }

  /** Warm-up, single-client latency and throughput at 4 and 16 clients: the same for every system. */
  SearchResult measure(String name, QueryClient client) throws Exception {
    log.printf(Locale.ROOT, "  %s: warm-up %.0f s%n", name, options.warmupSeconds());
    driver.warm(client, 2, options.warmupSeconds());
    Map<QueryTask, Long> counts = driver.hitCounts(client);
    Latencies latency = driver.latencies(client, options.latencyRounds());
    double qps4 = driver.throughput(client, 4, options.measureSeconds());
    double qps16 = driver.throughput(client, 16, options.measureSeconds());
    log.printf(
        Locale.ROOT,
        "  %s: p50 %.2f ms, p99 %.2f ms, %.0f q/s at 16 clients%n",
        name,
        latency.p50(),
        latency.p99(),
        qps16);
    return new SearchResult(name, latency, qps4, qps16, counts);
  }

  private static List<String> mismatches(Map<QueryTask, Long> ours, Map<QueryTask, Long> theirs) {
    List<String> out = new ArrayList<>();
    ours.forEach((task, n) -> {
      Long other = theirs.get(task);
      if (!n.equals(other)) out.add(task.label() + ": Dispatches " + n + ", OpenSearch " + other);
    });
    return out;
  }

  private Path fresh(String name) throws IOException {
    Path dir = options.workDir().resolve(name);
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
    return Files.createDirectories(dir);
  }

  private void step(String what) {
    log.printf(
        Locale.ROOT,
        "[bench %s, load %s] %s%n",
        LocalDateTime.now().withNano(0).toLocalTime(),
        Machine.loadAverage(),
        what);
  }

  private record ServedMixes(
      double readyMillis, long peakHeap, SearchResult java, SearchResult http) {}

  private record AfterServing(ServeCheck.Outcome serveCheck, OpenSearchBench.Outcome openSearch) {}

  private record Served(ServedMixes mixes, AfterServing after) {}
}
