package org.dispatches.search;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A bound on how many expensive searches (those with wildcard, regular expression or fuzzy terms,
 * whose cost grows with the index's vocabulary) run at once, so that a few of them cannot take
 * every core from the plain searches, which never wait here. A few more may wait for a turn,
 * within their own deadline; beyond that, a search is refused at once with {@link SearchBusyException}.
 */
final class ExpensiveSearches {
  /** Seconds a refused client is told to wait. */
  static final long RETRY_AFTER_SECONDS = 2;
  private final Semaphore turns;
  private final int running;
  private final int maxWaiting;
  private final AtomicInteger waiting = new AtomicInteger();

  /** @param running how many run at once; @param maxWaiting how many more may wait for a turn */
  ExpensiveSearches(int running, int maxWaiting) {
    this.turns = new Semaphore(running, true);
    this.running = running;
    this.maxWaiting = maxWaiting;
  }

  /** Half the cores run expensive searches (at least one); as many again may wait. */
  static ExpensiveSearches forThisMachine() {
    int running = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    return new ExpensiveSearches(running, 2 * running);
  }

  /** Whether some search is waiting for a turn. */
  boolean hasWaiting() {
    return turns.hasQueuedThreads();
  }

  /** Whether {@code query} expands terms against the index's vocabulary. */
  static boolean isExpensive(Query query) {
    boolean[] expands = {false};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
        expands[0] = true;
      }

      @Override
      public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return expands[0];
  }

  /**
   * Runs {@code work} now if {@code query} is cheap, else when a turn is free, waiting at most
   * {@code deadline}'s time left (then {@link SearchTimeoutException}); refused at once when the
   * queue is full.
   */
  <T> T run(Query query, SearchDeadline deadline, SearchDeadline.Work<T> work) throws IOException {
    if (!isExpensive(query)) return work.run();
    if (waiting.incrementAndGet() > maxWaiting && turns.availablePermits() == 0) {
      waiting.decrementAndGet();
      throw new SearchBusyException(running, maxWaiting, RETRY_AFTER_SECONDS);
    }
    boolean turn;
    try {
      turn = turns.tryAcquire(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting for a turn");
    } finally {
      waiting.decrementAndGet();
    }
    if (!turn) {
      deadline.check();
      throw new SearchBusyException(running, maxWaiting, RETRY_AFTER_SECONDS);
    }
    try {
      return work.run();
    } finally {
      turns.release();
    }
  }
}
