package org.dispatches.index;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dispatches.ingest.ByteLineSource;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.JsonLinesReader;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportSink;
import org.dispatches.ingest.SourceFile;

/**
 * Indexes a batch of reports pushed as JSON Lines (the body of {@code POST /api/reports}) with the
 * same reading rules as a corpus file, and commits once. A pushed report must carry an id or a url:
 * without one its id would derive from its line in this batch and collide with other batches.
 */
public final class PushedReports {
  private final ReportIndexer indexer;

  public PushedReports(ReportIndexer indexer) {
    this.indexer = indexer;
  }

  /** Reads, indexes and commits {@code jsonLines}; returns the counts and every problem, by line. */
  public IndexSummary push(byte[] jsonLines) throws IOException {
    long start = System.nanoTime();
    Batch batch = new Batch();
    SourceFile source = new SourceFile("request body", "push", true);
    new JsonLinesReader()
        .read(
            new ByteLineSource(
                new ByteArrayInputStream(jsonLines), CorpusReader.DEFAULT_MAX_LINE_BYTES),
            source,
            batch);
    long read = batch.reports.size() + batch.problems.size();
    int indexed = 0;
    for (RawReport report : batch.reports) {
      try {
        indexer.add(report);
        indexed++;
      } catch (RuntimeException e) {
        batch.problems.add(new ReadProblem(
            source.displayName(), report.location().line(), "could not extract: " + e));
      }
    }
    if (indexed > 0) indexer.commit();
    return new IndexSummary(
        read,
        indexed,
        batch.problems.size(),
        List.copyOf(batch.problems),
        (System.nanoTime() - start) / 1e9);
  }

  /** The records of one push: good ones kept in order, ids checked for duplicates within the batch. */
  private static final class Batch implements ReportSink {
    final List<RawReport> reports = new ArrayList<>();
    final List<ReadProblem> problems = new ArrayList<>();
    private final Map<String, Long> keys = new HashMap<>();

    @Override
    public void accept(RawReport report) {
      long line = report.location().line();
      String key = report.id() != null ? report.id() : report.url();
      if (key == null) {
        skip(new ReadProblem(
            report.location().file(), line, "a pushed report needs an \"id\" or a \"url\""));
        return;
      }
      Long first = keys.putIfAbsent(key, line);
      if (first != null) {
        skip(new ReadProblem(
            report.location().file(),
            line,
            "duplicate id " + key + " (first at line " + first + ")"));
        return;
      }
      reports.add(report);
    }

    @Override
    public void skip(ReadProblem problem) {
      problems.add(problem);
    }
  }
}
