package org.dispatches.index;

import java.util.List;
import java.util.Locale;
import org.dispatches.ingest.CorpusReader.SkippedFile;
import org.dispatches.ingest.FileAccount;
import org.dispatches.ingest.ReadProblem;

/**
 * The outcome of an indexing run (or a push, or a dry run): counts by outcome, the first problems
 * (all are counted), the time taken, and the account of each file read and each file left out.
 *
 * @param read records read, good or bad
 * @param indexed reports written to the index (acknowledged, for a cluster)
 * @param notIndexed the other records by why: each one is also a problem with its reason
 */
public record IndexSummary(
    long read,
    long indexed,
    NotIndexed notIndexed,
    List<ReadProblem> problems,
    double seconds,
    List<FileAccount> files,
    List<SkippedFile> skippedFiles) {

  /**
   * Why records were not indexed.
   *
   * @param duplicates reports an earlier report of the same run had the id of (the first is kept)
   * @param badInput records the reader refused: broken, empty, of the wrong shape
   * @param failed reports read well whose extraction or write failed (a bug, a refusal by the index)
   */
  public record NotIndexed(long duplicates, long badInput, long failed) {
    public long total() {
      return duplicates + badInput + failed;
    }
  }

  /** Records not indexed, each with a reason: duplicates, bad input and failures together. */
  public long skipped() {
    return notIndexed.total();
  }

  /** The same counts with {@code problems} in place of the kept ones (a push answers with all of its). */
  public IndexSummary withProblems(List<ReadProblem> problems) {
    return new IndexSummary(
        read, indexed, notIndexed, List.copyOf(problems), seconds, files, skippedFiles);
  }

  /** The one-line summary every run ends with. */
  public String line() {
    String files = skippedFiles.isEmpty()
        ? ""
        : String.format(
            Locale.ROOT,
            " (%,d file%s left out)",
            skippedFiles.size(),
            skippedFiles.size() == 1 ? "" : "s");
    return String.format(
        Locale.ROOT,
        "read %,d, indexed %,d, skipped %,d in %.1f s%s",
        read,
        indexed,
        skipped(),
        seconds,
        files);
  }
}
