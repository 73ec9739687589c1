package org.dispatches.index;

import java.io.IOException;
import java.util.List;
import org.dispatches.ingest.CorpusReader.SkippedFile;
import org.dispatches.ingest.FileAccount;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReportSink;

/**
 * Where an {@link IndexingRun}'s records come from: a corpus on disk, a push's body, a list. A
 * source is read on the run's calling thread, in its own order: that order decides which of two
 * reports with one id is kept.
 */
public interface ReportSource {
  /** Feeds every record to {@code feed}; a source of many files stops between them once the run is stopped. */
  void readInto(Feed feed) throws IOException;

  /** Files left out without being read (documentation, unknown types); none for most sources. */
  default List<SkippedFile> skippedFiles() {
    return List.of();
  }

  /** What a source reads into. */
  interface Feed {
    /** The run's reader sink: every report and every record skipped on reading. */
    ReportSink records();

    /** A new account for {@code file}, kept in the run's summary; later outcomes of its records land on it. */
    FileAccount account(String file);

    /** Whether the run has stopped (a failed write, a cluster gone away): read no further. */
    boolean stopped();
  }

  /** The given reports, in their order (tests, and reports built in memory). */
  static ReportSource of(List<RawReport> reports) {
    return feed -> {
      for (RawReport r : reports) {
        if (feed.stopped()) return;
        feed.records().accept(r);
      }
    };
  }
}
