package org.dispatches.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.dispatches.extract.Article;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.dates.DateParser;
import org.dispatches.index.copies.CopyGroups;
import org.dispatches.ingest.FieldChoices;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadOptions;
import org.dispatches.ingest.ReadProblem;

/**
 * The Lucene index opened for writing: runs {@link IndexingRun}s over a corpus or a push into it
 * ({@link LuceneSink}, {@link PushBatchSink}), replacing any report with the same id, and keeps the
 * copy groups of every report it holds.
 */
public final class ReportIndexer implements Closeable {
  /**
   * The largest segment a merge makes. A search deals whole segments out to its threads
   * ({@code SlicedSearcher}), so one segment holding most of the index leaves the other cores idle.
   * With one writing thread, Lucene's default (5 GB) merged 61% of a 1M-report index into one
   * segment; capped at 1 GB the largest held 32%, and one client's searches ran 1.18x as many
   * queries a second. 512 MB left 14 segments and made fuzzy and prefix queries dearer.
   */
  static final double MAX_MERGED_SEGMENT_MB = 1024;

  private final IndexWriter writer;
  private final ArticleExtractor extractor;
  /** Copy groups of every report in the index, rebuilt from it here and kept up to date by each write. */
  private final CopyGroups copies;
  /** Single reports written by {@link #add}, replacing by id. */
  private final LuceneSink updates;

  private final IndexingOptions options;
  /** Whether the index is still empty from a rebuild: its first run may add without deleting by id. */
  private boolean emptyFromRebuild;

  public ReportIndexer(Directory directory, IndexingOptions options, ArticleExtractor extractor)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.perField());
    config.setOpenMode(
        options.rebuild()
            ? IndexWriterConfig.OpenMode.CREATE
            : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(options.ramBufferMb());
    config.setSimilarity(Scoring.similarity());
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setMaxMergedSegmentMB(MAX_MERGED_SEGMENT_MB);
    config.setMergePolicy(merges);
    this.writer = new IndexWriter(directory, config);
    this.copies = options.rebuild() ? CopyGroups.empty() : loadCopies(writer);
    this.extractor = extractor;
    this.updates = new LuceneSink(writer, copies, false, 0);
    this.options = options;
    this.emptyFromRebuild = options.rebuild();
  }

  private static CopyGroups loadCopies(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return CopyGroups.of(reader);
    }
  }

  /**
   * Indexes every record under {@code roots} and commits, also every {@code commitEverySeconds}
   * on the way, so that a crash loses only the uncommitted tail and a rerun completes it.
   */
  public IndexSummary index(List<Path> roots, IndexProgress progress) throws IOException {
    return index(roots, readOptions(FieldChoices.NONE), progress, problem -> {});
  }

  /**
   * Reading options for indexing: the user's column choices, and extraction's date parser as the
   * test of a date column (this package sees both the readers and the extractors).
   */
  public static ReadOptions readOptions(FieldChoices fields) {
    DateParser dates = new DateParser();
    return ReadOptions.defaults().withFields(fields).withDateTest(s -> dates.parse(s) != null);
  }

  /**
   * Indexes every record under {@code roots} as {@code reading} reads them, giving each problem to
   * {@code problems} as it happens (from any thread), and commits.
   */
  public IndexSummary index(
      List<Path> roots, ReadOptions reading, IndexProgress progress, Consumer<ReadProblem> problems)
      throws IOException {
    CorpusSource corpus = CorpusSource.of(roots, reading);
    LuceneSink sink =
        new LuceneSink(writer, copies, emptyFromRebuild, options.commitEverySeconds());
    emptyFromRebuild = false;
    return new IndexingRun<>(extractor, sink, options.threads(), progress, problems).run(corpus);
  }

  /**
   * Indexes a pushed batch into this (live) index, replacing reports by id, and commits when it
   * wrote any; every problem goes to {@code problems}.
   */
  public IndexSummary push(ReportSource batch, Consumer<ReadProblem> problems) throws IOException {
    PushBatchSink sink = new PushBatchSink(writer, copies);
    return new IndexingRun<>(extractor, sink, 1, IndexProgress.NONE, problems).run(batch);
  }

  /** Extracts and writes one report, replacing any with its id; the caller commits. */
  public Article add(RawReport report) throws IOException {
    emptyFromRebuild = false;
    Article article = extractor.extract(report);
    updates.write(article.id(), updates.prepare(article));
    return article;
  }

  public void commit() throws IOException {
    writer.commit();
  }

  public IndexWriter writer() {
    return writer;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
