package org.dispatches.ingest;

/** Receives what readers produce: good reports, and problems for records that were skipped. */
public interface ReportSink {

  /** A report that was read; the sink may still reject it downstream. */
  void accept(RawReport report);

  /** A record that was skipped, with the reason. */
  void skip(ReadProblem problem);
}
