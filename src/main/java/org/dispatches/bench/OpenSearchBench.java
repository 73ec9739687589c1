package org.dispatches.bench;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The OpenSearch side: a node (started here with {@code --opensearch auto}, or given by URL), the
 * extracted reports loaded through {@code _bulk}, and the same query mix as query DSL. Its docs/s
 * counts loading only: its documents are the reports as Dispatches extracted and stored them
 * (exported from the Dispatches index), and extraction's own cost is reported separately.
 */
final class OpenSearchBench {
  /** Parallel bulk streams, as in the reference figures. */
  static final int BULK_STREAMS = 2;

  /** The measurement the Dispatches side got, applied to OpenSearch. */
  @FunctionalInterface
  interface Measure {
    SearchResult apply(String name, QueryClient client) throws Exception;
  }

  /** Times the mix on OpenSearch in turn with another system's, query by query. */
  @FunctionalInterface
  interface Pairing {
    PairedLatencies apply(QueryClient openSearch) throws Exception;
  }

  /** What OpenSearch did; {@code paired} is null when nothing was paired with it. */
  record Outcome(
      String version, IndexingResult indexing, SearchResult search, PairedLatencies paired) {}

  private final BenchOptions options;
  private final Measure measure;
  private final PrintStream log;

  OpenSearchBench(BenchOptions options, Measure measure, PrintStream log) {
    this.options = options;
    this.measure = measure;
    this.log = log;
  }

  /** Loads and measures OpenSearch, then times it in turn with {@code pairing}'s system. */
  Outcome run(Path bulkFile, BenchCorpus corpus, Pairing pairing) throws Exception {
    if (!options.openSearch().equals("auto"))
      return against(options.openSearch(), bulkFile, corpus, pairing);
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "dispatches-bench-opensearch");
    log.println("  starting OpenSearch in " + dir + " on port " + options.openSearchPort());
    try (OpenSearchNode node = OpenSearchNode.start(
        options.openSearchScript(), dir, options.openSearchPort(), options.openSearchHeap())) {
      return against("http://127.0.0.1:" + options.openSearchPort(), bulkFile, corpus, pairing);
    }
  }

  private Outcome against(String url, Path bulkFile, BenchCorpus corpus, Pairing pairing)
      throws Exception {
    OpenSearchClient client = new OpenSearchClient(url);
    if (!client.reachable()) throw new java.io.IOException("no OpenSearch answering at " + url);
    String version = client.version();
    client.createIndex();
    log.println(
        "  OpenSearch " + version + ": bulk loading " + corpus.docs() + " extracted reports");
    long start = System.nanoTime();
    long docs = client.bulkLoad(bulkFile, BULK_STREAMS);
    double seconds = (System.nanoTime() - start) / 1e9;
    client.restoreRefresh();
    IndexingResult indexing =
        new IndexingResult("OpenSearch", docs, seconds, corpus.textBytes(), client.storeBytes(), 0);
    SearchResult search = measure.apply("OpenSearch", client);
    log.println("  OpenSearch and Dispatches (HTTP) in turn, query by query");
    return new Outcome(version, indexing, search, pairing.apply(client));
  }
}
