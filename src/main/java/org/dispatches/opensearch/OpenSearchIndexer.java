package org.dispatches.opensearch;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dispatches.extract.Article;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.index.IndexProgress;
import org.dispatches.index.IndexSummary;
import org.dispatches.index.copies.CopyGroups;
import org.dispatches.index.copies.CopySignature;
import org.dispatches.index.copies.CopySignatures;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadOptions;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportSink;
import org.dispatches.ingest.SourceLocation;

/**
 * Reads a corpus, extracts each report in Dispatches (as for the Lucene index) and sends the
 * finished documents to an OpenSearch index in bulk, replacing reports by id. A record ends as
 * indexed only when the cluster acknowledged it; anything else is a skip with a reason.
 */
public final class OpenSearchIndexer {
  private static final int KEPT_PROBLEMS = 1_000;

  private final ClusterHttp http;
  private final ClusterSettings settings;
  private final BulkOptions bulk;
  private final ArticleExtractor extractor;
  private final int threads;
  private final ClusterDocuments documents = new ClusterDocuments();
  private final CopySignatures signatures = new CopySignatures();

  public OpenSearchIndexer(
      ClusterHttp http,
      ClusterSettings settings,
      BulkOptions bulk,
      ArticleExtractor extractor,
      int threads) {
    this.http = http;
    this.settings = settings;
    this.bulk = bulk;
    this.extractor = extractor;
    this.threads = Math.max(1, threads);
  }

  /** Indexes every record under {@code roots}; with {@code rebuild} the index is replaced first. */
  public IndexSummary index(List<Path> roots, boolean rebuild, IndexProgress progress)
      throws IOException {
    return index(roots, rebuild, progress, ReadOptions.defaults());
  }

  /** Indexes every record under {@code roots} as {@code reading} reads them (column choices, date test). */
  public IndexSummary index(
      List<Path> roots, boolean rebuild, IndexProgress progress, ReadOptions reading)
      throws IOException {
    CorpusReader corpus = new CorpusReader(reading);
    List<CorpusFile> files = corpus.list(roots);
    return run(rebuild, (run, pool) -> {
      long lastReport = System.nanoTime();
      for (CorpusFile file : files) {
        corpus.read(file, run.sink(pool));
        if (run.writer.unreachable() != null) break;
        if (System.nanoTime() - lastReport > 2_000_000_000L) {
          progress.update(run.read.get(), run.indexed.get(), run.skipped.get(), run.seconds());
          lastReport = System.nanoTime();
        }
      }
    });
  }

  /** Indexes the given reports (tests, pushed reports). */
  public IndexSummary index(List<RawReport> reports, boolean rebuild) throws IOException {
    return run(rebuild, (run, pool) -> {
      ReportSink sink = run.sink(pool);
      for (RawReport r : reports) sink.accept(r);
    });
  }

  private IndexSummary run(boolean rebuild, Feed feed) throws IOException {
    ClusterHealth.ping(http);
    IndexTemplate.ensure(http, settings, rebuild);
    String index = "/" + settings.index();
    // no refreshes while loading: one at the end makes everything searchable at once
    http.expectOk("PUT", index + "/_settings", refreshInterval("-1"));
    Run run =
        new Run(rebuild ? CopyGroups.empty() : ClusterCopyGroups.load(http, settings.index()));
    ThreadPoolExecutor pool = new ThreadPoolExecutor(
        threads,
        threads,
        1,
        TimeUnit.MINUTES,
        new ArrayBlockingQueue<>(threads * 64),
        new ThreadPoolExecutor.CallerRunsPolicy());
    try {
      feed.into(run, pool);
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
      run.writer.close();
    }
    if (run.writer.unreachable() != null) {
      // the run stopped early: say so with what was done, rather than a summary that looks complete
      throw new ClusterUnreachableException(
          http.url(),
          new IOException(run.writer.unreachable() + "; the run stopped after: "
              + run.summary().line()));
    }
    http.expectOk("PUT", index + "/_settings", refreshInterval(null));
    http.expectOk("POST", index + "/_refresh", null);
    return run.summary();
  }

  private static JsonObject refreshInterval(String value) {
    JsonObject index = new JsonObject();
    if (value == null) index.add("refresh_interval", com.google.gson.JsonNull.INSTANCE);
    else index.addProperty("refresh_interval", value);
    JsonObject body = new JsonObject();
    body.add("index", index);
    return body;
  }

  private static void awaitQuietly(ThreadPoolExecutor pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // a large backlog: the workers are still extracting and sending
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @FunctionalInterface
  private interface Feed {
    void into(Run run, ThreadPoolExecutor pool) throws IOException;
  }

  /** Counters and seen ids of one run, shared by the readers, the workers and the bulk senders. */
  private final class Run implements BulkWriter.Outcomes {
    final long start = System.nanoTime();
    final AtomicLong read = new AtomicLong();
    final AtomicLong indexed = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final List<ReadProblem> problems = Collections.synchronizedList(new ArrayList<>());
    final Map<String, String> seenIds = new ConcurrentHashMap<>();
    final BulkWriter writer;
    /** Copy groups of the index, as read at the start of the run and as each report is judged. */
    final CopyGroups copies;

    Run(CopyGroups copies) {
      this.writer = new BulkWriter(http, settings.index(), bulk, this);
      this.copies = copies;
    }

    ReportSink sink(ThreadPoolExecutor pool) {
      return new ReportSink() {
        @Override
        public void accept(RawReport report) {
          read.incrementAndGet();
          pool.execute(() -> add(report));
        }

        @Override
        public void skip(ReadProblem problem) {
          read.incrementAndGet();
          Run.this.skip(problem);
        }
      };
    }

    void add(RawReport report) {
      SourceLocation where = report.location();
      Article article;
      try {
        article = extractor.extract(report);
      } catch (RuntimeException e) {
        // a bug in extraction must cost one report, not the run
        failed(where, "could not extract: " + e);
        return;
      }
      String first = seenIds.putIfAbsent(article.id(), where.toString());
      if (first != null) {
        failed(where, "duplicate id " + article.id() + " (first seen at " + first + ")");
        return;
      }
      try {
        JsonObject doc = documents.toDocument(article);
        CopySignature signature = signatures.of(article);
        ClusterDocuments.addCopyFields(
            doc, article.id(), signature, copies.assign(article.id(), signature));
        writer.add(article.id(), doc, where);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void acknowledged(int count) {
      indexed.addAndGet(count);
    }

    @Override
    public void failed(SourceLocation where, String reason) {
      skip(new ReadProblem(where.file(), where.line(), reason));
    }

    void skip(ReadProblem problem) {
      skipped.incrementAndGet();
      if (problems.size() < KEPT_PROBLEMS) problems.add(problem);
    }

    double seconds() {
      return (System.nanoTime() - start) / 1e9;
    }

    IndexSummary summary() {
      List<ReadProblem> kept;
      synchronized (problems) {
        kept = List.copyOf(problems);
      }
      return new IndexSummary(read.get(), indexed.get(), skipped.get(), kept, seconds());
    }
  }
}
