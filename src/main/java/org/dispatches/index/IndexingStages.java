package org.dispatches.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.dispatches.ingest.RawReport;

/**
 * The worker threads of an indexing run, in two stages: preparing a report (extraction and the
 * Lucene document) and writing it to the index. With two threads or more, each stage has threads
 * of its own, half of them writers: each core then keeps one job's code and tables in its caches,
 * and fewer writers keep fewer in-memory segments. On 2 cores, one preparing and one writing thread
 * indexed 300,000 generated reports 1.15x faster, with 0.84x the CPU, than two threads doing both.
 * With one thread, it does both. The reading thread hands reports over and waits when the queues
 * are full; it never runs a task itself (as {@code CallerRunsPolicy} would), which would add a
 * third writer on two cores and stall reading, so duplicates could no longer be judged ahead of
 * the workers. A sink whose writes only queue work for threads of its own (the OpenSearch bulk
 * writer) asks for no writing threads: its preparing threads then write too.
 *
 * @param <P> a prepared report, ready to be written
 */
final class IndexingStages<P> {
  /**
   * Reports handed over together: one hand-off per report woke a waiting thread for each, ~10,000
   * context switches a second at 4,000 reports/s.
   */
  private static final int BATCH = 32;
  /** Prepares a report; null when it is skipped (the preparer reports why). */
  @FunctionalInterface
  interface Preparer<P> {
    P prepare(RawReport report);
  }

  /** Writes a prepared report; an IOException stops the run, as the index can take no more. */
  @FunctionalInterface
  interface Writer<P> {
    void write(P prepared) throws IOException;
  }

  private final Preparer<P> preparer;
  private final Writer<P> writer;
  private final ThreadPoolExecutor preparing;
  /** Null when one thread prepares and writes. */
  private final ThreadPoolExecutor writing;

  private final AtomicReference<IOException> failure = new AtomicReference<>();
  /** Reports read but not yet handed over; only the reading thread touches it. */
  private List<RawReport> batch = new ArrayList<>(BATCH);

  IndexingStages(int threads, Preparer<P> preparer, Writer<P> writer) {
    this(threads, writersOf(threads), preparer, writer);
  }

  /** {@code threads} in all, {@code writers} of them writing (0: the preparing threads write). */
  IndexingStages(int threads, int writers, Preparer<P> preparer, Writer<P> writer) {
    this.preparer = preparer;
    this.writer = writer;
    int preparers = Math.max(1, threads - writers);
    this.preparing = pool(preparers, preparers * 4, "dispatches-prepare");
    this.writing = writers == 0 ? null : pool(writers, writers * 8, "dispatches-write");
  }

  /** The writing threads of a run with {@code threads} in all: half of them from two on. */
  static int writersOf(int threads) {
    return threads >= 2 ? threads / 2 : 0;
  }

  /** Whether a write has failed: the run then reads no further. */
  boolean failed() {
    return failure.get() != null;
  }

  /**
   * Hands a report to the workers (in batches); waits while they are behind. Throws once a write
   * has failed. Called from one thread.
   */
  void submit(RawReport report) throws IOException {
    throwIfFailed();
    batch.add(report);
    if (batch.size() == BATCH) dispatch();
  }

  /** Waits until every submitted report is written (or skipped); throws the first write failure. */
  void finish() throws IOException {
    if (!batch.isEmpty() && !preparing.isShutdown()) dispatch();
    // in stage order: a preparing thread may hand work to the writers until it ends
    awaitAll(preparing);
    if (writing != null) awaitAll(writing);
    throwIfFailed();
  }

  private void dispatch() {
    List<RawReport> reports = batch;
    batch = new ArrayList<>(BATCH);
    preparing.execute(() -> {
      List<P> prepared = new ArrayList<>(reports.size());
      for (RawReport r : reports) {
        P p = preparer.prepare(r);
        if (p != null) prepared.add(p);
      }
      if (writing == null) write(prepared);
      else writing.execute(() -> write(prepared));
    });
  }

  private void write(List<P> prepared) {
    for (P p : prepared) {
      if (failure.get() != null) return;
      try {
        writer.write(p);
      } catch (IOException e) {
        failure.compareAndSet(null, e);
      }
    }
  }

  private void throwIfFailed() throws IOException {
    IOException e = failure.get();
    if (e != null) throw new IOException("indexing stopped: " + e.getMessage(), e);
  }

  private static void awaitAll(ThreadPoolExecutor pool) {
    pool.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) break;
        // a large backlog: keep waiting, the workers are still busy
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }

  private static ThreadPoolExecutor pool(int threads, int queued, String name) {
    return new ThreadPoolExecutor(
        threads,
        threads,
        1,
        TimeUnit.MINUTES,
        new ArrayBlockingQueue<>(queued),
        Thread.ofPlatform().name(name + "-", 1).daemon(true).factory(),
        WAIT_FOR_ROOM);
  }

  /**
   * A full queue makes the submitting thread wait for room. No task is submitted to a pool after
   * its shutdown (readers stop before the preparers are shut down, preparers end before the
   * writers are), so a waiting task is always taken.
   */
  private static final RejectedExecutionHandler WAIT_FOR_ROOM = (task, pool) -> {
    if (pool.isShutdown()) throw new RejectedExecutionException("indexing workers already stopped");
    try {
      pool.getQueue().put(task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RejectedExecutionException("interrupted while waiting for a worker", e);
    }
  };
}
