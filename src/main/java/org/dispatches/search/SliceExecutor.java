package org.dispatches.search;

import java.io.Closeable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads that search the slices of one request side by side, and the rule for when a request
 * may use them: only while cores would otherwise sit idle. A lone request at a time (one reader
 * at a desk) gets all cores and answers sooner; under load every request runs on its own thread,
 * since splitting it would only add hand-offs to cores that are already busy.
 */
final class SliceExecutor implements Closeable {
  private final int cores;
  private final ExecutorService threads;
  private final AtomicInteger inFlight = new AtomicInteger();

  SliceExecutor(int cores) {
    this.cores = Math.max(1, cores);
    this.threads = Executors.newFixedThreadPool(
        this.cores,
        Thread.ofPlatform().name("dispatches-search-slice-", 1).daemon(true).factory());
  }

  static SliceExecutor forThisMachine() {
    return new SliceExecutor(Runtime.getRuntime().availableProcessors());
  }

  /** How many slices a searcher that uses these threads cuts an index into. */
  int slices() {
    return cores;
  }

  ExecutorService threads() {
    return threads;
  }

  /**
   * Counts a request in; true when it may search its slices in parallel: when no more requests
   * than half the cores are under way, itself included. Every call must be paired with {@link #leave()}.
   */
  boolean enter() {
    int underWay = inFlight.incrementAndGet();
    return cores > 1 && underWay * 2 <= cores;
  }

  void leave() {
    inFlight.decrementAndGet();
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
