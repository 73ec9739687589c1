package org.dispatches.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.store.FSDirectory;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.index.IndexSummary;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.ReportIndexer;
import org.dispatches.ingest.ReadProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dispatches index}: reads a corpus into the index, replacing reports by id. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Index reports (plain text, JSON Lines, CSV/TSV; .gz too) from files or folders.")
final class IndexCommand implements Callable<Integer> {
  /** How many skipped records are listed; all are counted in the summary. */
  private static final int LISTED_PROBLEMS = 20;

  @Option(names = "--index", description = "Index folder (default: index/)")
  Path index;

  @Option(names = "--corpus", arity = "1..*", description = "Files or folders to read (default: corpus/)")
  List<Path> corpus = new ArrayList<>();

  @Option(names = "--rebuild", description = "Start from an empty index")
  boolean rebuild;

  @Option(names = "--threads", description = "Extraction threads (default: one per core)")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    IndexSummary summary = run(index == null ? Locations.defaultIndex() : index,
        corpus.isEmpty() ? List.of(Locations.defaultCorpus()) : corpus, rebuild, threads, System.err);
    System.out.println(summary.line());
    return summary.indexed() == 0 && summary.read() > 0 ? 2 : 0;
  }

  /** Indexes {@code roots} into {@code indexDir}, reporting progress and problems to {@code log}. */
  static IndexSummary run(Path indexDir, List<Path> roots, boolean rebuild, Integer threads, PrintStream log)
      throws Exception {
    IndexingOptions options = IndexingOptions.defaults().withRebuild(rebuild);
    if (threads != null) options = new IndexingOptions(rebuild, Math.max(1, threads), options.ramBufferMb());
    try (FSDirectory dir = FSDirectory.open(indexDir);
        ReportIndexer indexer = new ReportIndexer(dir, options, ArticleExtractor.withDefaults())) {
      IndexSummary summary = indexer.index(roots, (read, indexed, skipped, seconds) ->
          log.printf(Locale.ROOT, "  ... read %,d, indexed %,d, skipped %,d (%.0f reports/s)%n",
              read, indexed, skipped, indexed / Math.max(seconds, 1e-3)));
      printProblems(summary, log);
      return summary;
    }
  }

  private static void printProblems(IndexSummary summary, PrintStream log) {
    List<ReadProblem> problems = summary.problems();
    for (int i = 0; i < Math.min(LISTED_PROBLEMS, problems.size()); i++) log.println("skipped " + problems.get(i));
    if (summary.skipped() > LISTED_PROBLEMS) {
      log.printf(Locale.ROOT, "  ... and %,d more skipped%n", summary.skipped() - LISTED_PROBLEMS);
    }
  }
}
