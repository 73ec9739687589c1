package org.dispatches.contract;

import static org.dispatches.testing.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchTimeoutException;
import org.dispatches.ingest.RawReport;
import org.junit.jupiter.api.Test;

/**
 * The per-search time limit (issue 16): a search still running at its limit, or whose client hung
 * up, is stopped and reported as such (the API's 503), never answered with the part found so far;
 * an export stream has no limit. The same on every back end.
 */
abstract class TimeLimitContract {
  /** The engine under test. */
  abstract Engine engine();

  private static final List<RawReport> REPORTS = List.of(
      report(
          "t1",
          "Ceasefire talks resume in Cairo",
          "Delegations met in Cairo on Monday to discuss a ceasefire.",
          "2024-04-08",
          "Reuters"),
      report(
          "t2",
          "Ceasefire holds in the north",
          "The ceasefire held overnight, officials said.",
          "2024-04-09",
          "BBC News"),
      report("t3", "Aid trucks enter", "Aid trucks crossed at Rafah.", "2024-04-10", "CNN"));

  @Test
  void aSearchPastItsLimitIsStoppedNotAnsweredInPart() throws Exception {
    try (Engine.Built none = engine().fromReports(REPORTS, Duration.ZERO)) {
      for (String q : List.of("ceasefire", "", "ceasef*")) {
        SearchTimeoutException e = assertThrows(
            SearchTimeoutException.class, () -> none.backend().search(SearchRequest.of(q)), q);
        assertTrue(e.getMessage().contains("was stopped"), e.getMessage());
      }
      // an export streams every match however long it takes
      List<String> exported = new ArrayList<>();
      none.backend().forEachHit(SearchRequest.of("ceasefire"), hit -> exported.add(hit.id()));
      assertEquals(Set.of("t1", "t2"), Set.copyOf(exported));
    }
  }

  @Test
  void aSearchWithinItsLimitIsAnsweredUnlessItsClientLeaves() throws Exception {
    try (Engine.Built generous = engine().fromReports(REPORTS, Duration.ofSeconds(30))) {
      SearchBackend b = generous.backend();
      assertEquals(2, b.search(SearchRequest.of("ceasefire")).total());
      assertEquals(2, b.search(SearchRequest.of("ceasefire"), () -> false).total());
      // gone before the search starts, or while it runs (asked once, then gone)
      assertThrows(
          SearchTimeoutException.class, () -> b.search(SearchRequest.of("ceasefire"), () -> true));
      AtomicInteger asked = new AtomicInteger();
      assertThrows(
          SearchTimeoutException.class,
          () -> b.search(SearchRequest.of("ceasefire"), () -> asked.incrementAndGet() > 1));
      assertTrue(asked.get() > 1, "the search asked again whether its client was still there");
    }
  }
}
