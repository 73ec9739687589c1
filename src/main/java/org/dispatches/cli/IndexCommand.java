package org.dispatches.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.index.CorpusCheck;
import org.dispatches.index.IndexSummary;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.ReportIndexer;
import org.dispatches.ingest.FieldChoices;
import org.dispatches.ingest.ReadOptions;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.opensearch.BulkOptions;
import org.dispatches.opensearch.OpenSearchIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dispatches index}: reads a corpus into the index, replacing reports by id. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description =
        "Index reports (plain text, JSON/JSON Lines, CSV/TSV, web pages, WARC, RSS/Atom; .gz too) from files or folders.")
final class IndexCommand implements Callable<Integer> {

  @Option(names = "--index", description = "Index folder (default: index/)")
  Path index;

  @Option(
      names = "--corpus",
      arity = "1..*",
      description = "Files or folders to read (default: corpus/)")
  List<Path> corpus = new ArrayList<>();

  @Option(names = "--rebuild", description = "Start from an empty index")
  boolean rebuild;

  @Option(
      names = "--threads",
      description =
          "Worker threads: with 2 or more, half write to the index and the rest extract (default: one per core)")
  Integer threads;

  @Option(
      names = "--commit-every",
      paramLabel = "SECONDS",
      description =
          "Commit this often during a long run; a crash loses at most this much work (default: ${DEFAULT-VALUE})")
  double commitEvery = IndexingOptions.DEFAULT_COMMIT_SECONDS;

  @Option(
      names = "--dry-run",
      description = "Read everything and print each file's account (format, columns, counts,"
          + " warnings) without writing to the index")
  boolean dryRun;

  @Option(
      names = "--field",
      paramLabel = "NAME=COLUMN",
      description =
          "Feed field NAME (id, title, body, date, outlet,"
              + " url, language, author, html) from COLUMN (a name, or a number for a file without header); NAME= leaves it unfed")
  List<String> fields = new ArrayList<>();

  @Option(
      names = "--problems",
      paramLabel = "FILE",
      description =
          "Where the full problem list is written (default: beside the index folder, INDEX-problems.txt)")
  Path problems;

  @Mixin
  BackendOptions backend = new BackendOptions();

  @Override
  public Integer call() throws Exception {
    List<Path> roots = corpus.isEmpty() ? List.of(Locations.defaultCorpus()) : corpus;
    FieldChoices choices;
    try {
      choices = FieldChoices.parse(fields);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 64;
    }
    ReadOptions reading = ReportIndexer.readOptions(choices);
    IndexSummary summary;
    try (ProblemFile problemFile = new ProblemFile(problems != null ? problems : besideIndex())) {
      if (dryRun) {
        summary = CorpusCheck.check(roots, reading, problemFile);
        FileAccounts.printFull(summary, System.out);
      } else {
        summary = backend.openSearch()
            ? runOnCluster(roots, reading, problemFile, System.err)
            : run(
                index == null ? Locations.defaultIndex() : index,
                roots,
                options(),
                reading,
                problemFile,
                System.err);
        FileAccounts.printBrief(summary, System.err);
      }
      System.err.println(problemFile.describe());
    }
    System.out.println(
        dryRun ? summary.line().replaceFirst("indexed", "would index") : summary.line());
    return summary.indexed() == 0 && summary.read() > 0 ? 2 : 0;
  }

  /** The default problem list: beside the index folder, so that runs on different indexes keep theirs apart. */
  private Path besideIndex() {
    Path dir =
        (index == null ? Locations.defaultIndex() : index).toAbsolutePath().normalize();
    return dir.resolveSibling(dir.getFileName() + "-problems.txt");
  }

  private IndexingOptions options() {
    IndexingOptions options =
        IndexingOptions.defaults().withRebuild(rebuild).withCommitEvery(commitEvery);
    return threads == null ? options : options.withThreads(threads);
  }

  /** Indexes {@code roots} into {@code indexDir}, reporting progress and problems to {@code log}. */
  static IndexSummary run(Path indexDir, List<Path> roots, IndexingOptions options, PrintStream log)
      throws Exception {
    IndexSummary summary = run(
        indexDir, roots, options, ReportIndexer.readOptions(FieldChoices.NONE), problem -> {}, log);
    FileAccounts.printBrief(summary, log);
    return summary;
  }

  /** Indexes {@code roots} as {@code reading} reads them, giving every problem to {@code problems}. */
  static IndexSummary run(
      Path indexDir,
      List<Path> roots,
      IndexingOptions options,
      ReadOptions reading,
      Consumer<ReadProblem> problems,
      PrintStream log)
      throws Exception {
    requireCorpus(roots);
    if (Files.exists(indexDir) && !Files.isDirectory(indexDir)) {
      throw new IOException(indexDir
          + " is a file, not a folder; --index must name a folder (new or holding an index)");
    }
    boolean created = !Files.exists(indexDir);
    try (FSDirectory dir = FSDirectory.open(indexDir);
        ReportIndexer indexer = openIndexer(dir, indexDir, options)) {
      return indexer.index(roots, reading, progress(log), problems);
    } catch (Exception | Error e) {
      if (created) removeCreated(indexDir, e);
      throw e;
    }
  }

  /** Every corpus path must exist: a mistyped one would otherwise index nothing and leave an empty index. */
  private static void requireCorpus(List<Path> roots) throws IOException {
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new IOException(
            "the corpus " + root + " does not exist; give the files or folders to index"
                + " with --corpus PATH (nothing was indexed)");
      }
    }
  }

  /** A run that failed leaves no index folder it made itself behind (an empty index would look like a real one). */
  private static void removeCreated(Path indexDir, Throwable failure) {
    if (!Files.isDirectory(indexDir)) return;
    try (var files = Files.walk(indexDir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList())
        Files.deleteIfExists(p);
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** The indexer, or a clear message when a server (or another run) holds the index's write lock. */
  private static ReportIndexer openIndexer(FSDirectory dir, Path indexDir, IndexingOptions options)
      throws IOException {
    try {
      return new ReportIndexer(dir, options, ArticleExtractor.withDefaults());
    } catch (LockObtainFailedException e) {
      throw new IOException(
          "the index " + indexDir + " is locked by a running server (serve --write-token) or"
              + " another index run; stop it, or push reports to the server with POST /api/reports",
          e);
    }
  }

  /** Extracts here and sends the finished documents to the cluster. */
  private IndexSummary runOnCluster(
      List<Path> roots, ReadOptions reading, Consumer<ReadProblem> problems, PrintStream log)
      throws Exception {
    int workers =
        threads != null ? Math.max(1, threads) : IndexingOptions.defaults().threads();
    OpenSearchIndexer indexer = new OpenSearchIndexer(
        backend.http(),
        backend.cluster(),
        BulkOptions.defaults(),
        ArticleExtractor.withDefaults(),
        workers);
    return indexer.index(roots, rebuild, progress(log), reading, problems);
  }

  private static org.dispatches.index.IndexProgress progress(PrintStream log) {
    return (read, indexed, skipped, seconds) -> log.printf(
        Locale.ROOT,
        "  ... read %,d, indexed %,d, skipped %,d (%.0f reports/s)%n",
        read,
        indexed,
        skipped,
        indexed / Math.max(seconds, 1e-3));
  }
}
