package org.dispatches.index;

import java.io.IOException;
import java.util.function.Consumer;
import org.dispatches.extract.Article;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.ingest.FileAccount;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportSink;

/**
 * One indexing run, whatever it writes to: reads a {@link ReportSource} on the calling thread,
 * drops duplicates there in reading order ({@link FirstSeen}), extracts on worker threads
 * ({@link IndexingStages}), hands each document to an {@link IndexSink}, and counts every record's
 * outcome into one {@link IndexSummary}. Corpus runs into Lucene or OpenSearch and pushes are all
 * this run; only the sink differs, so they share one duplicate rule and one account of outcomes.
 */
public final class IndexingRun<D> {
  /** How often the reading thread reports progress. */
  private static final long PROGRESS_NANOS = 2_000_000_000L;

  private final ArticleExtractor extractor;
  private final IndexSink<D> sink;
  private final int threads;
  private final IndexProgress progress;
  private final Consumer<ReadProblem> problems;

  /**
   * @param threads worker threads; the sink says how many of them write
   * @param problems hears every problem as it happens (from any thread); the summary keeps the first
   */
  public IndexingRun(
      ArticleExtractor extractor,
      IndexSink<D> sink,
      int threads,
      IndexProgress progress,
      Consumer<ReadProblem> problems) {
    this.extractor = extractor;
    this.sink = sink;
    this.threads = Math.max(1, threads);
    this.progress = progress;
    this.problems = problems;
  }

  /** Indexes every record of {@code source}; throws when the sink can take no more (with what was done). */
  public IndexSummary run(ReportSource source) throws IOException {
    long start = System.nanoTime();
    RunTally tally = new RunTally(problems);
    sink.open(tally);
    IndexingStages<Extracted<D>> stages = new IndexingStages<>(
        threads, sink.writingThreads(threads), report -> extract(report, tally), sink::write);
    Reading reading = new Reading(tally, stages, start);
    try {
      source.readInto(reading);
      if (reading.failure != null) throw reading.failure;
    } finally {
      stages.finish();
    }
    sink.finish(() -> tally.summary(seconds(start), source.skippedFiles()));
    return tally.summary(seconds(start), source.skippedFiles());
  }

  /** Extracts a report into the sink's document; null when that failed (the report is counted as failed). */
  private Extracted<D> extract(RawReport report, RunTally tally) {
    try {
      Article article = extractor.extract(report);
      return new Extracted<>(article.id(), report.location(), sink.prepare(article));
    } catch (RuntimeException e) {
      // a bug in extraction must cost one report, not the run: report it with its place
      tally.failed(report.location(), "could not extract: " + e);
      return null;
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * The reading side of the run, on the calling thread: counts each record, judges duplicates,
   * hands the rest to the workers and ticks the sink's schedule. A failed write or tick stops it:
   * the readers' interface cannot throw, so the failure waits here for the run to throw it.
   */
  private final class Reading implements ReportSource.Feed, ReportSink {
    private final RunTally tally;
    private final IndexingStages<Extracted<D>> stages;
    private final FirstSeen firstSeen = new FirstSeen();
    private final long start;
    private long lastProgress;
    private IOException failure;

    Reading(RunTally tally, IndexingStages<Extracted<D>> stages, long start) {
      this.tally = tally;
      this.stages = stages;
      this.start = start;
      this.lastProgress = start;
    }

    @Override
    public ReportSink records() {
      return this;
    }

    @Override
    public FileAccount account(String file) {
      return tally.account(file);
    }

    @Override
    public boolean stopped() {
      return failure != null || stages.failed() || sink.stopReason() != null;
    }

    @Override
    public void accept(RawReport report) {
      if (failure != null) return;
      tally.read();
      ReadProblem duplicate = firstSeen.duplicate(report);
      if (duplicate != null) tally.duplicate(duplicate);
      else {
        try {
          stages.submit(report);
        } catch (IOException e) {
          failure = e;
          return;
        }
      }
      tick();
    }

    @Override
    public void skip(ReadProblem problem) {
      if (failure != null) return;
      tally.read();
      tally.badInput(problem);
      tick();
    }

    private void tick() {
      long now = System.nanoTime();
      if (now - lastProgress > PROGRESS_NANOS) {
        tally.progress(progress, (now - start) / 1e9);
        lastProgress = now;
      }
      try {
        sink.tick();
      } catch (IOException e) {
        failure = e;
      }
    }
  }
}
