package org.dispatches.search;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.QueryTimeout;
import org.dispatches.api.SearchTimeoutException;

/**
 * A time limit per search on searchers that many requests share: each request thread sets its own
 * deadline, and Lucene's time-limiting scorer and exiting reader ask {@link #shouldExit()} as they
 * expand terms, score and count facets; the search's own steps (parsing, highlighting) ask
 * {@link #check()} between pieces of work. A request whose client hung up stops the same way. A
 * search with no deadline (an export stream) is never stopped.
 */
final class SearchDeadline implements QueryTimeout {
  private final ThreadLocal<State> current = new ThreadLocal<>();

  @Override
  public boolean shouldExit() {
    State state = current.get();
    if (state == null
        || (System.nanoTime() - state.deadline < 0 && !state.abandoned.getAsBoolean()))
      return false;
    state.expired = true;
    return true;
  }

  /** Throws {@link SearchTimeoutException} when the current request's deadline has passed (or its client left). */
  void check() {
    State state = current.get();
    if (state != null && shouldExit())
      throw new SearchTimeoutException(state.limitNanos / 1_000_000);
  }

  /** How long the current request has left; {@code Long.MAX_VALUE} outside a request. */
  long remainingNanos() {
    State state = current.get();
    return state == null ? Long.MAX_VALUE : state.deadline - System.nanoTime();
  }

  /** Runs {@code work} within {@code limitNanos}; a search that runs past it is stopped and reported. */
  <T> T within(long limitNanos, Work<T> work) throws IOException {
    return within(limitNanos, () -> false, work);
  }

  /**
   * Runs {@code work} within {@code limitNanos}, or until {@code abandoned} says the client is gone;
   * a search that runs past either is stopped and reported as timed out.
   */
  <T> T within(long limitNanos, BooleanSupplier abandoned, Work<T> work) throws IOException {
    State state = new State(System.nanoTime() + limitNanos, limitNanos, abandoned);
    current.set(state);
    try {
      T result = work.run();
      if (state.expired) throw new SearchTimeoutException(limitNanos / 1_000_000);
      return result;
    } catch (RuntimeException e) {
      // the exiting reader stops term, point and doc-value walks with its own exception
      if (state.expired && !(e instanceof SearchTimeoutException))
        throw new SearchTimeoutException(limitNanos / 1_000_000);
      throw e;
    } finally {
      current.remove();
    }
  }

  /**
   * {@code threads} made to carry the deadline of the thread that hands them work: slices of a
   * request searched on other threads must stop at that request's deadline too.
   */
  ExecutorService carriedInto(ExecutorService threads) {
    return new Carrier(threads);
  }

  private final class Carrier extends AbstractExecutorService {
    private final ExecutorService threads;

    Carrier(ExecutorService threads) {
      this.threads = threads;
    }

    @Override
    public void execute(Runnable task) {
      State handedBy = current.get();
      threads.execute(() -> {
        State own = current.get();
        if (handedBy != null) current.set(handedBy);
        try {
          task.run();
        } finally {
          if (own == null) current.remove();
          else current.set(own);
        }
      });
    }

    @Override
    public void shutdown() {
      threads.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
      return threads.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
      return threads.isShutdown();
    }

    @Override
    public boolean isTerminated() {
      return threads.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
      return threads.awaitTermination(timeout, unit);
    }
  }

  /** Search work that may be stopped. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws IOException;
  }

  private static final class State {
    final long deadline;
    final long limitNanos;
    final BooleanSupplier abandoned;
    /** Set by whichever thread of the request saw the deadline pass. */
    volatile boolean expired;

    State(long deadline, long limitNanos, BooleanSupplier abandoned) {
      this.deadline = deadline;
      this.limitNanos = limitNanos;
      this.abandoned = abandoned;
    }
  }
}
