package org.dispatches.ingest;

/** Receives what readers produce: good reports, problems for records that were skipped, and notes on the file. */
public interface ReportSink {

  /** A report that was read; the sink may still reject it downstream. */
  void accept(RawReport report);

  /** A record that was skipped, with the reason; line 0 means the whole file. */
  void skip(ReadProblem problem);

  /** How a reader reads the file: its format, and for tables and JSON the column mapping. */
  default void shape(String format, ColumnMapping mapping, boolean hasHeader) {}

  /** Something about the file that looks wrong but did not stop it being read. */
  default void warn(String warning) {}

  /**
   * Thrown from {@link #accept} by a sink that wants no more reports (a sample is full): the
   * reader stops and passes it to its caller, where any other exception from a reader counts as
   * a broken file.
   */
  final class StopReading extends RuntimeException {
    public StopReading() {
      super("the sink wants no more reports", null, false, false);
    }
  }
}
