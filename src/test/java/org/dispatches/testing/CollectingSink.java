package org.dispatches.testing;

import java.util.ArrayList;
import java.util.List;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportSink;

/** A sink that keeps what readers give it, for assertions. */
public class CollectingSink implements ReportSink {
  public final List<RawReport> reports = new ArrayList<>();
  public final List<ReadProblem> problems = new ArrayList<>();

  @Override
  public void accept(RawReport report) {
    reports.add(report);
  }

  @Override
  public void skip(ReadProblem problem) {
    problems.add(problem);
  }
}
