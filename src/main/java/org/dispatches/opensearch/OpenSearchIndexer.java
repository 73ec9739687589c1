package org.dispatches.opensearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.index.CorpusSource;
import org.dispatches.index.IndexProgress;
import org.dispatches.index.IndexSummary;
import org.dispatches.index.IndexingRun;
import org.dispatches.index.ReportSource;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadOptions;
import org.dispatches.ingest.ReadProblem;

/**
 * Indexes reports into an OpenSearch index: the same {@link IndexingRun} as for the Lucene index
 * (reading, duplicates, extraction in Dispatches, outcomes), writing to the cluster in bulk
 * ({@link OpenSearchBulkSink}) and replacing reports by id.
 */
public final class OpenSearchIndexer {
  private final ClusterHttp http;
  private final ClusterSettings settings;
  private final BulkOptions bulk;
  private final ArticleExtractor extractor;
  private final int threads;

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
    return index(roots, rebuild, progress, reading, problem -> {});
  }

  /** As {@link #index(List, boolean, IndexProgress, ReadOptions)}, giving every problem to {@code problems}. */
  public IndexSummary index(
      List<Path> roots,
      boolean rebuild,
      IndexProgress progress,
      ReadOptions reading,
      Consumer<ReadProblem> problems)
      throws IOException {
    return run(CorpusSource.of(roots, reading), rebuild, progress, problems);
  }

  /** Indexes the given reports, in their order (tests). */
  public IndexSummary index(List<RawReport> reports, boolean rebuild) throws IOException {
    return run(ReportSource.of(reports), rebuild, IndexProgress.NONE, problem -> {});
  }

  private IndexSummary run(
      ReportSource source, boolean rebuild, IndexProgress progress, Consumer<ReadProblem> problems)
      throws IOException {
    OpenSearchBulkSink sink = new OpenSearchBulkSink(http, settings, bulk, rebuild);
    return new IndexingRun<>(extractor, sink, threads, progress, problems).run(source);
  }
}
