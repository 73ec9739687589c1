package org.dispatches.index;

import java.util.List;
import org.dispatches.ingest.ReadProblem;

/**
 * The outcome of an indexing run: counts, the first problems (all are counted), and the time taken.
 *
 * @param read records read, good or bad
 * @param indexed reports written to the index
 * @param skipped records skipped, each with a reason
 */
public record IndexSummary(long read, long indexed, long skipped, List<ReadProblem> problems, double seconds) {

  /** The one-line summary every run ends with. */
  public String line() {
    return String.format(java.util.Locale.ROOT, "read %,d, indexed %,d, skipped %,d in %.1f s",
        read, indexed, skipped, seconds);
  }
}
