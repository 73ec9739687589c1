package org.dispatches.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenSearchQueryTest {
  private static QueryTask task(String line) throws Exception {
    return TaskFile.parse(line, "test").get(0);
  }

  @Test
  void filtersWithFacetsCountEachFacetWithoutItsOwnFilter() throws Exception {
    JsonObject q = OpenSearchQuery.of(
        task("f | q=ceasefire&outlet=Reuters&actor=Hamas&facets=outlet,actor,date"));
    assertEquals(
        2,
        q.getAsJsonObject("post_filter")
            .getAsJsonObject("bool")
            .getAsJsonArray("filter")
            .size());
    String outletFacetFilter = q.getAsJsonObject("aggs")
        .getAsJsonObject("outlet")
        .getAsJsonObject("filter")
        .toString();
    assertTrue(outletFacetFilter.contains("Hamas"), outletFacetFilter);
    assertFalse(outletFacetFilter.contains("Reuters"), outletFacetFilter);
    assertTrue(
        q.getAsJsonObject("aggs").getAsJsonObject("date").toString().contains("date_histogram"));
  }

  @Test
  void filtersWithoutFacetsNarrowTheQueryAndPagesTranslateToOffsets() throws Exception {
    JsonObject q =
        OpenSearchQuery.of(task("f | q=hospital&from=2024-01-01&to=2024-03-31&page=3&facets=none"));
    assertFalse(q.has("post_filter"));
    assertFalse(q.has("aggs"));
    assertEquals(20, q.get("from").getAsInt());
    String range = q.getAsJsonObject("query").toString();
    assertTrue(
        range.contains("\"gte\":\"2024-01-01\"") && range.contains("\"lte\":\"2024-03-31\""),
        range);
    assertTrue(
        range.contains("\"type\":\"cross_fields\""),
        "each word may match in title or body, as in Dispatches: " + range);
  }

  @Test
  void browsingSortsNewestFirstLikeDispatches() throws Exception {
    JsonObject q = OpenSearchQuery.of(task("browse | facets=outlet"));
    assertEquals(
        "desc",
        q.getAsJsonArray("sort")
            .get(0)
            .getAsJsonObject()
            .getAsJsonObject("date")
            .get("order")
            .getAsString());
    assertTrue(q.getAsJsonObject("query").has("match_all"));
    assertFalse(q.has("highlight"));
  }

  @Test
  void taskFileRejectsALineWithoutCategoryAndSentencesSplitAtJoinedParagraphs() {
    assertThrowsIo(() -> TaskFile.parse("q=ceasefire", "test"));
    List<String> out = new ArrayList<>();
    SentencePool.split(
        "Talks resumed in Cairo on Monday after a long pause.Negotiators said the gap between the sides was narrow.",
        out);
    assertEquals(
        List.of(
            "Talks resumed in Cairo on Monday after a long pause.",
            "Negotiators said the gap between the sides was narrow."),
        out);
  }

  private static void assertThrowsIo(org.junit.jupiter.api.function.Executable e) {
    org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, e);
  }
}
