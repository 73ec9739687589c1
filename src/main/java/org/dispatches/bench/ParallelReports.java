package org.dispatches.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportSink;

/**
 * Reads a corpus on the calling thread and hands each report to a pool of workers, the way
 * {@code ReportIndexer} does, so that the baselines pay the same reading cost as Dispatches.
 */
final class ParallelReports {
  private ParallelReports() {}

  /** Work done per report on a worker thread. */
  @FunctionalInterface
  interface ReportWork {
    void accept(RawReport report) throws IOException;
  }

  /** Runs {@code work} on every report of {@code file} with {@code threads} workers; returns how many were done. */
  static long run(Path file, int threads, ReportWork work) throws IOException {
    return run(file, threads, Long.MAX_VALUE, work);
  }

  /** Runs {@code work} on the first {@code limit} reports of {@code file}; returns how many were done. */
  static long run(Path file, int threads, long limit, ReportWork work) throws IOException {
    AtomicLong handedOut = new AtomicLong();
    CorpusReader reader = new CorpusReader();
    AtomicLong done = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(
        threads,
        threads,
        1,
        TimeUnit.MINUTES,
        new ArrayBlockingQueue<>(threads * 256),
        new ThreadPoolExecutor.CallerRunsPolicy());
    try {
      for (CorpusFile f : reader.list(List.of(file))) {
        reader.read(f, new ReportSink() {
          @Override
          public void accept(RawReport report) {
            // stop reading at the limit: reading the rest of a 1M-report file took longer than the
            // work
            if (handedOut.incrementAndGet() > limit) throw new ReportSink.StopReading();
            pool.execute(() -> {
              try {
                work.accept(report);
                done.incrementAndGet();
              } catch (IOException | RuntimeException e) {
                failure.compareAndSet(null, e);
              }
            });
          }

          @Override
          public void skip(ReadProblem problem) {
            failure.compareAndSet(
                null, new IOException("generated corpus has a bad record: " + problem));
          }
        });
      }
    } catch (ReportSink.StopReading e) {
      // the first `limit` reports are handed out
    } finally {
      pool.shutdown();
      try {
        pool.awaitTermination(1, TimeUnit.DAYS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (failure.get() != null)
      throw new UncheckedIOException(
          new IOException("benchmark pass failed: " + failure.get(), failure.get()));
    return done.get();
  }
}
