package org.dispatches.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.dispatches.api.SearchBusyException;
import org.dispatches.api.SearchTimeoutException;

/**
 * A bound on how many expensive searches (regular expressions, wildcards, many fuzzy terms: their
 * cost grows with the index's vocabulary; see {@link #isExpensive}) run at once, so that a few of them cannot take
 * every core from the plain searches, which never wait here. A few more may wait for a turn,
 * within their own deadline; beyond that, a search is refused at once with {@link SearchBusyException}.
 */
final class ExpensiveSearches {
  /** Seconds a refused client is told to wait. */
  static final long RETRY_AFTER_SECONDS = 2;
  /** A prefix this long or longer expands to few words. */
  static final int MIN_CHEAP_PREFIX = 3;
  /** Prefix and fuzzy terms a query may have and still count as cheap. */
  static final int MAX_CHEAP_TERMS = 2;

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

  /**
   * Half the cores run expensive searches (at least one); eight times as many may wait (parked, on
   * worker threads the server has plenty of): a refused client that retries at once costs more
   * than one that waits.
   */
  static ExpensiveSearches forThisMachine() {
    int running = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    return new ExpensiveSearches(running, 8 * running);
  }

  /** Whether some search is waiting for a turn. */
  boolean hasWaiting() {
    return turns.hasQueuedThreads();
  }

  /**
   * Whether {@code query} is expensive: it has a regular expression, a wildcard inside a word, a
   * prefix shorter than {@link #MIN_CHEAP_PREFIX} letters, or more than {@link #MAX_CHEAP_TERMS}
   * prefix and fuzzy terms. One or two of those (a fuzzy term expands to at most 50 words, a
   * long prefix to few) cost about what a plain search does and do not queue here.
   */
  static boolean isExpensive(Query query) {
    boolean[] costly = {false};
    Set<String> cheapTerms = new HashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTermsMatching(
          Query q, String field, Supplier<ByteRunAutomaton> automaton) {
        if (q instanceof FuzzyQuery f) cheapTerms.add("~" + f.getTerm().text());
        else if (q instanceof PrefixQuery p && p.getPrefix().text().length() >= MIN_CHEAP_PREFIX)
          cheapTerms.add(p.getPrefix().text());
        else costly[0] = true;
      }

      @Override
      public QueryVisitor getSubVisitor(
          org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return costly[0] || cheapTerms.size() > MAX_CHEAP_TERMS;
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
