package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dispatches.api.ActorNames;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchTimeoutException;
import org.junit.jupiter.api.Test;

/** A request's deadline reaches the threads its slices are searched on, and only while they work for it. */
class SearchDeadlineTest {

  @Test
  void slicesOnOtherThreadsStopAtTheirRequestsDeadline() throws Exception {
    SearchDeadline deadline = new SearchDeadline();
    ExecutorService raw = Executors.newSingleThreadExecutor();
    ExecutorService carried = deadline.carriedInto(raw);
    try {
      // a deadline already past: the slice thread must see it, and the request must be reported as
      // stopped
      assertThrows(
          SearchTimeoutException.class,
          () -> deadline.within(0, () -> {
            assertTrue(
                onThread(carried, deadline), "a slice on the carrying threads sees the deadline");
            return null;
          }));
      // the same pool thread, afterwards and without a request: no deadline left behind
      assertFalse(
          carried.submit(deadline::shouldExit).get(), "the deadline must not outlive its request");
      // the bare pool never sees a request's deadline: what the carrier is for
      Boolean bare = deadline.within(0, () -> {
        return onThread(raw, deadline);
      });
      assertEquals(false, bare);
      // a generous deadline: slices run to the end
      assertFalse(deadline.within(60_000_000_000L, () -> {
        return onThread(carried, deadline);
      }));
    } finally {
      carried.shutdownNow();
    }
  }

  /** Whether a task run on {@code threads} is told to stop. */
  private static boolean onThread(ExecutorService threads, SearchDeadline deadline) {
    try {
      return threads.submit(deadline::shouldExit).get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aRequestWhoseClientLeftIsStoppedAtTheNextCheck() throws Exception {
    SearchDeadline deadline = new SearchDeadline();
    boolean[] gone = {false};
    assertThrows(
        SearchTimeoutException.class,
        () -> deadline.within(60_000_000_000L, () -> gone[0], () -> {
          deadline.check(); // still wanted
          gone[0] = true;
          assertTrue(deadline.shouldExit(), "scoring and term walks see the hang-up");
          deadline.check();
          return null;
        }));
  }

  @Test
  void highlightingStopsAtTheDeadline() throws Exception {
    try (org.dispatches.testing.TestIndex index = new org.dispatches.testing.TestIndex(
        java.util.List.of(org.dispatches.testing.TestIndex.report(
            "a", "Aid convoy", "The aid convoy crossed at Rafah.", "2024-01-01", "AP")))) {
      SearchService impatient = new SearchService(
          index.searchers,
          new ActorNames(org.dispatches.extract.actors.Gazetteer.loadDefault()),
          java.time.Duration.ZERO);
      // parsing, scoring and highlighting all run under the one deadline: none of it may answer
      assertThrows(
          SearchTimeoutException.class, () -> impatient.search(SearchRequest.of("convoy~1")));
      assertThrows(SearchTimeoutException.class, () -> impatient.search(SearchRequest.of("aid")));
    }
  }
}
