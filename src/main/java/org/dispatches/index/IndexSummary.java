package org.dispatches.index;

import java.util.List;
import org.dispatches.ingest.CorpusReader.SkippedFile;
import org.dispatches.ingest.FileAccount;
import org.dispatches.ingest.ReadProblem;

/**
 * The outcome of an indexing run: counts, the first problems (all are counted), the time taken,
 * and the account of each file read and each file left out.
 *
 * @param read records read, good or bad
 * @param indexed reports written to the index
 * @param skipped records skipped, each with a reason
 */
public record IndexSummary(
    long read,
    long indexed,
    long skipped,
    List<ReadProblem> problems,
    double seconds,
    List<FileAccount> files,
    List<SkippedFile> skippedFiles) {

  public IndexSummary(
      long read, long indexed, long skipped, List<ReadProblem> problems, double seconds) {
    this(read, indexed, skipped, problems, seconds, List.of(), List.of());
  }

  /** The one-line summary every run ends with. */
  public String line() {
    String files = skippedFiles.isEmpty()
        ? ""
        : String.format(
            java.util.Locale.ROOT,
            " (%,d file%s left out)",
            skippedFiles.size(),
            skippedFiles.size() == 1 ? "" : "s");
    return String.format(
        java.util.Locale.ROOT,
        "read %,d, indexed %,d, skipped %,d in %.1f s%s",
        read,
        indexed,
        skipped,
        seconds,
        files);
  }
}
