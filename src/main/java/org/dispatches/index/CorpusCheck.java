package org.dispatches.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dispatches.extract.ArticleIds;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.FileAccount;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadOptions;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportSink;

/**
 * A dry run ({@code index --dry-run}): reads the corpus as indexing would, judges duplicate ids
 * the same way, and counts what would be indexed, without extracting or writing anything.
 */
public final class CorpusCheck {
  private CorpusCheck() {}

  public static IndexSummary check(
      List<Path> roots, ReadOptions options, Consumer<ReadProblem> problems) throws IOException {
    long start = System.nanoTime();
    CorpusReader corpus = new CorpusReader(options);
    CorpusReader.Listing listing = corpus.listing(roots);
    Map<String, String> seen = new HashMap<>();
    long[] counts = new long[3]; // read, would index, skipped
    List<ReadProblem> kept = new ArrayList<>();
    List<FileAccount> accounts = new ArrayList<>();
    for (CorpusFile file : listing.files()) {
      FileAccount account = new FileAccount(file.path().toString());
      accounts.add(account);
      corpus.read(
          file,
          new ReportSink() {
            @Override
            public void accept(RawReport report) {
              counts[0]++;
              String id = ArticleIds.idFor(report);
              String first = seen.putIfAbsent(id, report.location().toString());
              if (first == null) {
                counts[1]++;
                account.indexed();
              } else {
                ReadProblem p = ReadProblem.duplicate(
                    report.location().file(), report.location().line(), id, first);
                account.skip(p.kind());
                note(p);
              }
            }

            @Override
            public void skip(ReadProblem problem) {
              counts[0]++;
              note(problem);
            }

            private void note(ReadProblem problem) {
              counts[2]++;
              if (kept.size() < ReportIndexer.KEPT_PROBLEMS) kept.add(problem);
              problems.accept(problem);
            }
          },
          account);
    }
    return new IndexSummary(
        counts[0],
        counts[1],
        counts[2],
        kept,
        (System.nanoTime() - start) / 1e9,
        accounts,
        listing.skipped());
  }
}
