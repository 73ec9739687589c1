package org.dispatches.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.dispatches.index.IndexSummary;
import org.dispatches.ingest.CorpusReader.SkippedFile;
import org.dispatches.ingest.FileAccount;

/** Prints the per-file account of a run: in full for a dry run, one line a file (plus warnings) otherwise. */
final class FileAccounts {
  private FileAccounts() {}

  static void printFull(IndexSummary summary, PrintStream out) {
    for (FileAccount a : summary.files()) {
      out.println(a.file());
      if (a.fileSkipped() != null) {
        out.println("  " + a.format() + ": not read: " + a.fileSkipped());
        continue;
      }
      String header = a.format().startsWith("JSON") ? ", keys: " : ", header: ";
      out.println("  format:  " + a.format()
          + (a.mapping() == null
              ? ""
              : a.hasHeader()
                  ? header
                      + String.join(
                          ", ",
                          a.mapping().columns().stream()
                              .map(c -> c.isBlank() ? "(unnamed)" : c)
                              .toList())
                  : ", no header"));
      if (a.mapping() != null) out.println("  columns: " + a.mapping().describe());
      out.println("  records: " + counts(a, "would index"));
      for (String w : a.warnings()) out.println("  warning: " + w);
    }
    printSkippedFiles(summary, out);
  }

  static void printBrief(IndexSummary summary, PrintStream out) {
    for (FileAccount a : summary.files()) {
      if (a.fileSkipped() != null) {
        out.println(a.file() + ": not read: " + a.fileSkipped());
        continue;
      }
      out.println(a.file() + ": " + a.format() + ", " + counts(a, "indexed"));
      for (String w : a.warnings()) out.println("  warning: " + w);
    }
    printSkippedFiles(summary, out);
  }

  private static void printSkippedFiles(IndexSummary summary, PrintStream out) {
    for (SkippedFile f : summary.skippedFiles())
      out.println(f.file() + ": left out: " + f.reason());
  }

  private static String counts(FileAccount a, String indexedWord) {
    String s = String.format(
        Locale.ROOT,
        "read %,d, %s %,d, skipped %,d",
        a.recordsRead(),
        indexedWord,
        a.recordsIndexed(),
        a.recordsSkipped());
    Map<String, Long> reasons = a.skippedByReason();
    if (reasons.isEmpty()) return s;
    StringJoiner why = new StringJoiner("; ", " (", ")");
    reasons.forEach((k, n) -> why.add(String.format(Locale.ROOT, "%s: %,d", k, n)));
    return s + why;
  }
}
