package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.search.Query;
import org.dispatches.api.ActorNames;
import org.dispatches.api.SearchBusyException;
import org.dispatches.api.SearchTimeoutException;
import org.dispatches.extract.actors.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * Expensive searches take turns; cheap ones never wait behind them; a full queue is refused at once
 * (503 with Retry-After at the API), and a search waiting past its deadline is stopped (issue 18, row 2).
 */
class ExpensiveSearchesTest {
  private final QueryTranslator translator =
      new QueryTranslator(new ActorNames(Gazetteer.loadDefault()));

  @Test
  void wildcardRegexAndFuzzyTermsAreExpensivePlainWordsAreNot() {
    assertTrue(ExpensiveSearches.isExpensive(translator.translate("aid /talk(s|ed)/")));
    assertTrue(ExpensiveSearches.isExpensive(translator.translate("ce*fire")));
    assertTrue(ExpensiveSearches.isExpensive(translator.translate("ce* talks")));
    assertTrue(ExpensiveSearches.isExpensive(translator.translate("hamas~1 gaza~1 rafah~1")));
    // one or two long prefixes or fuzzy terms cost what a plain search does
    assertFalse(ExpensiveSearches.isExpensive(translator.translate("ceasef*")));
    assertFalse(ExpensiveSearches.isExpensive(translator.translate("hamas~1 gaza")));
    assertFalse(
        ExpensiveSearches.isExpensive(translator.translate("aid convoy \"rafah crossing\"")));
    assertFalse(ExpensiveSearches.isExpensive(translator.translate("killed:>30")));
  }

  @Test
  void aFullQueueIsRefusedAtOnceAndCheapSearchesDoNotWait() throws Exception {
    ExpensiveSearches gate = new ExpensiveSearches(1, 1);
    SearchDeadline deadline = new SearchDeadline();
    Query costly = translator.translate("ce*fire");
    Query cheap = translator.translate("ceasefire");
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch waiterIn = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      Future<String> running = pool.submit(() -> deadline.within(
          60_000_000_000L,
          () -> gate.run(costly, deadline, () -> {
            holding.countDown();
            awaitQuietly(release);
            return "ran";
          })));
      holding.await();
      Future<String> waiting = pool.submit(() -> deadline.within(60_000_000_000L, () -> {
        waiterIn.countDown();
        return gate.run(costly, deadline, () -> "waited");
      }));
      waiterIn.await();
      while (!gate.hasWaiting()) Thread.onSpinWait();
      // the one turn is taken and the one waiting place too: refused at once
      SearchBusyException busy = assertThrows(
          SearchBusyException.class,
          () -> deadline.within(60_000_000_000L, () -> gate.run(costly, deadline, () -> "never")));
      assertEquals(ExpensiveSearches.RETRY_AFTER_SECONDS, busy.retryAfterSeconds());
      assertEquals(
          "cheap",
          deadline.within(60_000_000_000L, () -> gate.run(cheap, deadline, () -> "cheap")));
      release.countDown();
      assertEquals("ran", running.get());
      assertEquals("waited", waiting.get());
    }
  }

  @Test
  void aSearchWaitingPastItsDeadlineIsStopped() throws Exception {
    ExpensiveSearches gate = new ExpensiveSearches(1, 4);
    SearchDeadline deadline = new SearchDeadline();
    Query costly = translator.translate("ce*fire");
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
      pool.submit(() -> deadline.within(
          60_000_000_000L,
          () -> gate.run(costly, deadline, () -> {
            holding.countDown();
            awaitQuietly(release);
            return null;
          })));
      holding.await();
      assertThrows(
          SearchTimeoutException.class,
          () -> deadline.within(0, () -> gate.run(costly, deadline, () -> "never")));
      release.countDown();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
