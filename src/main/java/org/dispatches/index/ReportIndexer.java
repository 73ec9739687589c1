package org.dispatches.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.dispatches.extract.Article;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.ArticleIds;
import org.dispatches.extract.dates.DateParser;
import org.dispatches.index.copies.CopyGroups;
import org.dispatches.index.copies.CopySignature;
import org.dispatches.index.copies.CopySignatures;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.FieldChoices;
import org.dispatches.ingest.FileAccount;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadOptions;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportSink;

/**
 * Reads a corpus, extracts each report and writes it to the index, replacing any report with the
 * same id. Reading runs on the calling thread; extraction and writing run on workers in two stages
 * ({@link IndexingStages}). Every record ends as indexed or as a skip with a reason.
 */
public final class ReportIndexer implements Closeable {
  /** How many problems a summary keeps verbatim; all of them are counted. */
  static final int KEPT_PROBLEMS = 1_000;

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
  private final ArticleDocuments documents = new ArticleDocuments();
  private final CopySignatures signatures = new CopySignatures();
  /** Copy groups of every report in the index, rebuilt from it here and kept up to date by each write. */
  private final CopyGroups copies;

  private final int threads;
  private final long commitEveryNanos;
  /**
   * Whether the index is still empty from a rebuild. A run over an empty index lets each id in
   * once (later duplicates are skipped on the reading thread), so it adds reports without first
   * deleting by id: those deletes would cost memory and time for nothing.
   */
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
    this.threads = options.threads();
    this.commitEveryNanos = (long) (options.commitEverySeconds() * 1e9);
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
   * Indexes every record under {@code roots} as {@code options} read them, giving each problem to
   * {@code problems} as it happens (from any thread), and commits.
   */
  public IndexSummary index(
      List<Path> roots, ReadOptions options, IndexProgress progress, Consumer<ReadProblem> problems)
      throws IOException {
    long start = System.nanoTime();
    CorpusReader corpus = new CorpusReader(options);
    CorpusReader.Listing listing = corpus.listing(roots);
    Run run = new Run(emptyFromRebuild, problems);
    emptyFromRebuild = false;
    Ticker ticker = new Ticker(start, progress, run);
    IndexingStages<Prepared> stages = new IndexingStages<>(threads, run::prepare, run::write);
    try {
      for (CorpusFile file : listing.files()) {
        FileAccount account = new FileAccount(file.path().toString());
        run.accounts.put(account.file(), account);
        corpus.read(
            file,
            new ReportSink() {
              @Override
              public void accept(RawReport report) {
                run.read.incrementAndGet();
                // duplicates are judged here, in reading order, so "first seen" is the first in the
                // input
                try {
                  if (run.isFirst(report)) stages.submit(report);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                ticker.tick();
              }

              @Override
              public void skip(ReadProblem problem) {
                run.read.incrementAndGet();
                run.skip(problem);
                ticker.tick();
              }
            },
            account);
      }
    } catch (UncheckedIOException e) {
      // a failed write or commit: the readers' interface cannot throw it, so it travelled wrapped
      throw e.getCause();
    } finally {
      stages.finish();
    }
    writer.commit();
    return run.summary((System.nanoTime() - start) / 1e9, listing.skipped());
  }

  /** Extracts and writes one report (for pushed reports); the caller commits. */
  public Article add(RawReport report) throws IOException {
    Article article = extractor.extract(report);
    Document document = documents.toDocument(article);
    CopySignature signature = signatures.of(article);
    ArticleDocuments.addCopyFields(
        document, article.id(), signature, copies.assign(article.id(), signature));
    try {
      writer.updateDocument(new Term(Fields.ID, article.id()), document);
    } catch (IOException | RuntimeException e) {
      copies.forget(article.id());
      throw e;
    }
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

  /**
   * Called on the reading thread after each record: reports progress every two seconds and
   * commits on schedule. A commit while workers write is safe: it holds what was added before it.
   */
  private final class Ticker {
    private final long start;
    private final IndexProgress progress;
    private final Run run;
    private long lastProgress;
    private long lastCommit;

    Ticker(long start, IndexProgress progress, Run run) {
      this.start = start;
      this.progress = progress;
      this.run = run;
      this.lastProgress = start;
      this.lastCommit = start;
    }

    void tick() {
      long now = System.nanoTime();
      if (now - lastProgress > 2_000_000_000L) {
        progress.update(run.read.get(), run.indexed.get(), run.skipped.get(), (now - start) / 1e9);
        lastProgress = now;
      }
      if (commitEveryNanos > 0 && now - lastCommit > commitEveryNanos) {
        try {
          writer.commit();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        lastCommit = System.nanoTime();
      }
    }
  }

  /** A report extracted and made into its document, waiting for its copy group and to be written. */
  private record Prepared(
      RawReport report, String id, Document document, CopySignature signature) {}

  /** Counters and seen ids of one run, shared by the workers. */
  private final class Run {
    final AtomicLong read = new AtomicLong();
    final AtomicLong indexed = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final List<ReadProblem> problems = Collections.synchronizedList(new ArrayList<>());
    final Map<String, String> seenIds = new ConcurrentHashMap<>();
    /** Each file's account by its name, so that downstream outcomes land on the file they came from. */
    final Map<String, FileAccount> accounts =
        Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    final boolean appendOnly;
    final Consumer<ReadProblem> listener;

    Run(boolean appendOnly, Consumer<ReadProblem> listener) {
      this.appendOnly = appendOnly;
      this.listener = listener;
    }

    /** True for the first report with its id in this run; a later one is skipped as a duplicate. */
    boolean isFirst(RawReport report) {
      String id = ArticleIds.idFor(report);
      String first = seenIds.putIfAbsent(id, report.location().toString());
      if (first == null) return true;
      downstream(
          ReadProblem.duplicate(report.location().file(), report.location().line(), id, first));
      return false;
    }

    /** Extracts a report and builds its document; null when extraction failed (the report is skipped). */
    Prepared prepare(RawReport report) {
      try {
        Article article = extractor.extract(report);
        return new Prepared(
            report, article.id(), documents.toDocument(article), signatures.of(article));
      } catch (RuntimeException e) {
        // a bug in extraction must cost one report, not the run: report it with its place
        downstream(new ReadProblem(
            report.location().file(), report.location().line(), "could not extract: " + e));
        return null;
      }
    }

    void write(Prepared p) throws IOException {
      ArticleDocuments.addCopyFields(
          p.document(), p.id(), p.signature(), copies.assign(p.id(), p.signature()));
      try {
        if (appendOnly) writer.addDocument(p.document());
        else writer.updateDocument(new Term(Fields.ID, p.id()), p.document());
        indexed.incrementAndGet();
        FileAccount account = accounts.get(p.report().location().file());
        if (account != null) account.indexed();
      } catch (IllegalArgumentException e) {
        // a document Lucene refuses (a term too long, say) costs that report; the index is unharmed
        copies.forget(p.id());
        downstream(new ReadProblem(
            p.report().location().file(),
            p.report().location().line(),
            "could not index: " + e.getMessage()));
      }
    }

    void skip(ReadProblem problem) {
      skipped.incrementAndGet();
      if (problems.size() < KEPT_PROBLEMS) problems.add(problem);
      listener.accept(problem);
    }

    /** A report read well but skipped after reading: counted on its file's account too. */
    void downstream(ReadProblem problem) {
      skip(problem);
      FileAccount account = accounts.get(problem.file());
      if (account != null) account.skip(problem.kind());
    }

    IndexSummary summary(double seconds, List<CorpusReader.SkippedFile> skippedFiles) {
      List<ReadProblem> kept;
      synchronized (problems) {
        kept = List.copyOf(problems);
      }
      List<FileAccount> files;
      synchronized (accounts) {
        files = List.copyOf(accounts.values());
      }
      return new IndexSummary(
          read.get(), indexed.get(), skipped.get(), kept, seconds, files, skippedFiles);
    }
  }
}
