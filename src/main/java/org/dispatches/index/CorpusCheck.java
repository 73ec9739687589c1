package org.dispatches.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.dispatches.ingest.FileAccount;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadOptions;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportSink;

/**
 * A dry run ({@code index --dry-run}): reads the corpus as an {@link IndexingRun} would, drops
 * duplicates by the same rule ({@link FirstSeen}) and counts into the same tally what would be
 * indexed, without extracting or writing anything.
 */
public final class CorpusCheck {
  private CorpusCheck() {}

  public static IndexSummary check(
      List<Path> roots, ReadOptions options, Consumer<ReadProblem> problems) throws IOException {
    long start = System.nanoTime();
    CorpusSource corpus = CorpusSource.of(roots, options);
    RunTally tally = new RunTally(problems);
    FirstSeen firstSeen = new FirstSeen();
    ReportSink records = new ReportSink() {
      @Override
      public void accept(RawReport report) {
        tally.read();
        ReadProblem duplicate = firstSeen.duplicate(report);
        if (duplicate == null) tally.indexed(report.location());
        else tally.duplicate(duplicate);
      }

      @Override
      public void skip(ReadProblem problem) {
        tally.read();
        tally.badInput(problem);
      }
    };
    corpus.readInto(new ReportSource.Feed() {
      @Override
      public ReportSink records() {
        return records;
      }

      @Override
      public FileAccount account(String file) {
        return tally.account(file);
      }

      @Override
      public boolean stopped() {
        return false;
      }
    });
    return tally.summary((System.nanoTime() - start) / 1e9, corpus.skippedFiles());
  }
}
