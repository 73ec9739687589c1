package org.dispatches.contract;

import static org.dispatches.testing.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dispatches.api.BadRequestException;
import org.dispatches.api.CopyView;
import org.dispatches.api.Hit;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchLimits;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.api.SortOrder;
import org.dispatches.ingest.RawReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Cursors read past the paging depth (issue 16): from the deepest page a page number reaches,
 * {@code nextCursor} leads on to the last report, each once and in order, on every back end. Over
 * a few hundred more small distinct reports than the depth, one a day so that the date order is
 * the order they were made in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeepCursorContract {
  private static final int SIZE = 100;
  private static final int REPORTS = SearchLimits.MAX_DEPTH + 2 * SIZE + SIZE / 2;
  private static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
  private static final String[] WORDS =
      ("ceasefire talks hostages prisoners aid trucks crossing border envoys mediators Cairo Doha "
              + "Rafah ministry officials families shelter hospital water fuel convoy truce proposal "
              + "council resolution statement morning residents camp north south harbour bridge road")
          .split(" ");

  private Engine.Built built;
  private SearchBackend backend;

  /** The engine under test. */
  abstract Engine engine();

  /**
   * Whether results collapsed by story read past the depth by cursor too; an engine that cannot
   * answers a 400 naming {@code collapse=none} instead.
   */
  abstract boolean collapsedCursorsReadPastTheDepth();

  @BeforeAll
  void build() throws Exception {
    Random random = new Random(16);
    List<RawReport> reports = new ArrayList<>(REPORTS);
    for (int i = 0; i < REPORTS; i++) {
      reports.add(report(
          id(i),
          "Dispatch " + i + ": " + words(random, 5),
          words(random, 18) + ".",
          FIRST_DAY.plusDays(i).toString(),
          i % 2 == 0 ? "Reuters" : "BBC News"));
    }
    built = engine().fromReports(reports);
    backend = built.backend();
  }

  @AfterAll
  void close() throws Exception {
    if (built != null) built.close();
  }

  private static String id(int i) {
    return String.format("deep-%05d", i);
  }

  private static String words(Random random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++)
      b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    return b.toString();
  }

  private static SearchRequest oldestFirst(int page, String cursor, CopyView copies) {
    return SearchRequest.builder()
        .sort(SortOrder.DATE_ASCENDING)
        .page(page)
        .size(SIZE)
        .facets(Set.of())
        .cursor(cursor)
        .copies(copies)
        .build();
  }

  /** The reports from the deepest page on, read by following cursors to the end. */
  private List<String> fromTheDeepestPage(CopyView copies) throws Exception {
    int deepest = SearchLimits.MAX_DEPTH / SIZE;
    SearchResponse r = backend.search(oldestFirst(deepest, null, copies));
    assertEquals(REPORTS, r.total());
    List<String> ids = new ArrayList<>();
    List<Integer> pages = new ArrayList<>();
    while (true) {
      r.hits().stream().map(Hit::id).forEach(ids::add);
      pages.add(r.page());
      if (r.nextCursor() == null) break;
      r = backend.search(oldestFirst(1, r.nextCursor(), copies));
    }
    assertEquals(
        List.of(deepest, deepest + 1, deepest + 2, deepest + 3),
        pages,
        "each response read by cursor says which page it is; the short last page leads nowhere");
    return ids;
  }

  private static List<String> expectedFromTheDeepestPage() {
    List<String> ids = new ArrayList<>();
    for (int i = SearchLimits.MAX_DEPTH - SIZE; i < REPORTS; i++) ids.add(id(i));
    return ids;
  }

  @Test
  void everyReportPastTheDepthIsReadOnceInOrder() throws Exception {
    CopyView everyReport = new CopyView(false, false, null);
    assertEquals(expectedFromTheDeepestPage(), fromTheDeepestPage(everyReport));
    // by page number, the depth is the end
    BadRequestException deeper = assertThrows(
        BadRequestException.class,
        () -> backend.search(oldestFirst(SearchLimits.MAX_DEPTH / SIZE + 1, null, everyReport)));
    assertTrue(deeper.getMessage().contains("nextCursor"), deeper.getMessage());
  }

  @Test
  void storiesPastTheDepthAreReadOrRefusedNamingCollapseNone() throws Exception {
    if (collapsedCursorsReadPastTheDepth()) {
      // no two of these reports are copies of one story: one hit each
      assertEquals(expectedFromTheDeepestPage(), fromTheDeepestPage(CopyView.DEFAULT));
      return;
    }
    SearchResponse deepest =
        backend.search(oldestFirst(SearchLimits.MAX_DEPTH / SIZE, null, CopyView.DEFAULT));
    assertEquals(SIZE, deepest.hits().size());
    String next = deepest.nextCursor();
    assertTrue(next != null, "the deepest page leads on");
    BadRequestException refused = assertThrows(
        BadRequestException.class, () -> backend.search(oldestFirst(1, next, CopyView.DEFAULT)));
    assertTrue(refused.getMessage().contains("collapse=none"), refused.getMessage());
  }
}
