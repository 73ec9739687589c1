package org.dispatches.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.dispatches.ingest.CorpusReader.SkippedFile;
import org.dispatches.ingest.FileAccount;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.SourceLocation;

/**
 * The outcomes of one indexing run as they happen, from the reading thread, the workers and a
 * sink's own threads: every record read ends as exactly one of indexed, duplicate, skipped on
 * reading, or failed (extraction or the write), and lands on its file's account too.
 */
final class RunTally implements WriteOutcomes {
  /** How many problems a summary keeps verbatim; all of them are counted, and all go to the listener. */
  static final int KEPT_PROBLEMS = 1_000;

  private final AtomicLong read = new AtomicLong();
  private final AtomicLong indexed = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong badInput = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final List<ReadProblem> kept = Collections.synchronizedList(new ArrayList<>());
  /** Each file's account by its name, so that later outcomes land on the file they came from. */
  private final Map<String, FileAccount> accounts =
      Collections.synchronizedMap(new LinkedHashMap<>());

  private final Consumer<ReadProblem> listener;

  RunTally(Consumer<ReadProblem> listener) {
    this.listener = listener;
  }

  FileAccount account(String file) {
    FileAccount account = new FileAccount(file);
    accounts.put(file, account);
    return account;
  }

  /** A record read, good or bad. */
  void read() {
    read.incrementAndGet();
  }

  /** A record the reader refused (its file's account already counts it). */
  void badInput(ReadProblem problem) {
    badInput.incrementAndGet();
    note(problem);
  }

  /** A report an earlier one of the run had the id of. */
  void duplicate(ReadProblem problem) {
    duplicates.incrementAndGet();
    note(problem);
    onAccount(problem);
  }

  @Override
  public void indexed(SourceLocation where) {
    indexed.incrementAndGet();
    FileAccount account = accounts.get(where.file());
    if (account != null) account.indexed();
  }

  @Override
  public void failed(SourceLocation where, String reason) {
    failed.incrementAndGet();
    ReadProblem problem = new ReadProblem(where.file(), where.line(), reason);
    note(problem);
    onAccount(problem);
  }

  private void note(ReadProblem problem) {
    if (kept.size() < KEPT_PROBLEMS) kept.add(problem);
    listener.accept(problem);
  }

  private void onAccount(ReadProblem problem) {
    FileAccount account = accounts.get(problem.file());
    if (account != null) account.skip(problem.kind());
  }

  /** The counts so far, for progress reports. */
  void progress(IndexProgress progress, double seconds) {
    progress.update(read.get(), indexed.get(), notIndexed(), seconds);
  }

  private long notIndexed() {
    return duplicates.get() + badInput.get() + failed.get();
  }

  IndexSummary summary(double seconds, List<SkippedFile> skippedFiles) {
    List<ReadProblem> problems;
    synchronized (kept) {
      problems = List.copyOf(kept);
    }
    List<FileAccount> files;
    synchronized (accounts) {
      files = List.copyOf(accounts.values());
    }
    return new IndexSummary(
        read.get(),
        indexed.get(),
        new IndexSummary.NotIndexed(duplicates.get(), badInput.get(), failed.get()),
        problems,
        seconds,
        files,
        skippedFiles);
  }
}
