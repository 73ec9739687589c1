package org.dispatches.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.dispatches.ingest.ReadProblem;

/**
 * Every problem of a run, written as it happens (no cap, no memory held): errors in the input
 * first, then the duplicate ids, which are the input repeating itself rather than being wrong.
 * Workers report from several threads, hence the lock.
 */
final class ProblemFile implements Consumer<ReadProblem>, Closeable {
  private final Path path;
  private final Path duplicatesPath;
  private final BufferedWriter errors;
  private final BufferedWriter duplicates;
  private long errorCount;
  private long duplicateCount;

  ProblemFile(Path path) throws IOException {
    this.path = path;
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    // in the system's temporary folder: a run killed part-way leaves nothing beside the user's
    // files
    this.duplicatesPath = Files.createTempFile("dispatches-duplicates", ".tmp");
    duplicatesPath.toFile().deleteOnExit();
    this.errors = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    this.duplicates = Files.newBufferedWriter(duplicatesPath, StandardCharsets.UTF_8);
    errors.write(
        "# problems: each skipped record as file:line: reason; duplicate ids at the end\n");
  }

  @Override
  public synchronized void accept(ReadProblem problem) {
    try {
      if (problem.isDuplicate()) {
        duplicateCount++;
        duplicates.write(problem + "\n");
      } else {
        errorCount++;
        errors.write(problem + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the problem list " + path, e);
    }
  }

  /** A summary line: where the list is and what it holds. */
  synchronized String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "problem list (%,d errors, %,d duplicates): %s",
        errorCount,
        duplicateCount,
        path);
  }

  @Override
  public synchronized void close() throws IOException {
    duplicates.close();
    errors.write("\n# duplicate ids (" + duplicateCount
        + "): a later record with an earlier record's id is skipped\n");
    try (var in = Files.newBufferedReader(duplicatesPath, StandardCharsets.UTF_8)) {
      in.transferTo(errors);
    }
    errors.close();
    Files.deleteIfExists(duplicatesPath);
  }
}
