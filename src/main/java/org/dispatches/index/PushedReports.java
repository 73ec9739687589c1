package org.dispatches.index;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.dispatches.ingest.ByteLineSource;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.JsonLinesReader;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportSink;
import org.dispatches.ingest.SourceFile;

/**
 * Indexes a batch of reports pushed as JSON Lines (the body of {@code POST /api/reports}): an
 * {@link IndexingRun} with the same reading and duplicate rules as a corpus run, committed once. A
 * pushed report must carry an id or a url: without one its id would derive from its line in this
 * batch and collide with other batches.
 */
public final class PushedReports {
  private final ReportIndexer indexer;

  public PushedReports(ReportIndexer indexer) {
    this.indexer = indexer;
  }

  /** Reads, indexes and commits {@code jsonLines}; returns the counts and every problem, by line. */
  public IndexSummary push(byte[] jsonLines) throws IOException {
    List<ReadProblem> problems = Collections.synchronizedList(new ArrayList<>());
    IndexSummary summary = indexer.push(feed -> read(jsonLines, feed.records()), problems::add);
    // the answer names every problem (the summary keeps the first 1,000), in the body's order
    List<ReadProblem> byLine = new ArrayList<>(problems);
    byLine.sort(Comparator.comparingLong(ReadProblem::line));
    return summary.withProblems(byLine);
  }

  private static void read(byte[] jsonLines, ReportSink records) throws IOException {
    SourceFile source = new SourceFile("request body", "push", true);
    new JsonLinesReader()
        .read(
            new ByteLineSource(
                new ByteArrayInputStream(jsonLines), CorpusReader.DEFAULT_MAX_LINE_BYTES),
            source,
            new NeedsIdOrUrl(records));
  }

  /** Refuses a pushed report without an id or a url, as bad input, before the run sees it. */
  private record NeedsIdOrUrl(ReportSink next) implements ReportSink {
    @Override
    public void accept(RawReport report) {
      if (blank(report.id()) && blank(report.url())) {
        skip(new ReadProblem(
            report.location().file(),
            report.location().line(),
            "a pushed report needs an \"id\" or a \"url\""));
      } else {
        next.accept(report);
      }
    }

    @Override
    public void skip(ReadProblem problem) {
      next.skip(problem);
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }
  }
}
