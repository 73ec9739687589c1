package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dispatches.api.BadRequestException;
import org.dispatches.api.CopyView;
import org.dispatches.api.FacetValue;
import org.dispatches.api.Hit;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.index.Fields;
import org.dispatches.testing.TestIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One hit per story, copies named, stories counted beside reports, on copies written for the test. */
class CopyCollapseTest {
  static final String STORY = String.join(
      "\n\n",
      "Rescue workers searched through the rubble of a four-storey building in the centre of the city on Tuesday after an overnight strike, residents said.",
      "The civil defence agency said 23 people were killed and dozens more were wounded, many of them children who had been sleeping on the upper floors.",
      "Neighbours described a loud explosion shortly after midnight followed by the collapse of the front wall, which buried the stairwell and trapped families inside.",
      "Hospital staff said they had run out of anaesthetic and were treating the wounded on the floor of the emergency ward because every bed was already taken.",
      "Talks on a truce resumed in the afternoon, with mediators saying both delegations had agreed to study a new proposal for an exchange of detainees.");
  static final String UPDATE = String.join(
      "\n\n",
      "The death toll from an overnight strike on a residential building rose sharply on Wednesday as more bodies were pulled from the rubble, officials said.",
      "The civil defence agency said 41 people were killed and dozens more were wounded, many of them children who had been sleeping on the upper floors.",
      "Neighbours described a loud explosion shortly after midnight followed by the collapse of the front wall, which buried the stairwell and trapped families inside.");

  private static TestIndex index;

  @BeforeAll
  static void build() throws Exception {
    String trimmed = STORY.substring(0, STORY.lastIndexOf("\n\n"));
    index = new TestIndex(List.of(
        TestIndex.report("wire", "Strike kills 23", STORY, "2024-03-05", "Reuters"),
        TestIndex.report(
            "copy1",
            "Dozens buried as building falls",
            "By Staff\n\n" + trimmed + "\n\nShare this article",
            "2024-03-05",
            "The National"),
        TestIndex.report(
            "copy2",
            "Building collapse",
            trimmed + "\n\nRead more: the war in pictures",
            "2024-03-06",
            "Arab News"),
        TestIndex.report("update", "Toll rises to 41", UPDATE, "2024-03-06", "Reuters")));
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static SearchResponse search(String q, CopyView view, int size, String cursor)
      throws Exception {
    SearchRequest r = SearchRequest.builder()
        .query(q)
        .size(size)
        .facetSize(20)
        .cursor(cursor)
        .copies(view)
        .build();
    return index.service.search(r);
  }

  @Test
  void collapsedListShowsOneHitPerStoryAndNamesTheCopies() throws Exception {
    SearchResponse r = search("rubble", CopyView.DEFAULT, 10, null);
    assertEquals(4, r.total());
    assertEquals(2L, r.stories());
    assertTrue(r.collapsed());
    assertEquals(2, r.hits().size());
    Hit story = r.hits().stream()
        .filter(h -> h.copyGroup() != null && h.copyGroup().copies() == 2)
        .findFirst()
        .orElseThrow();
    assertEquals(2, story.copyGroup().outlets().size());
    assertTrue(
        !story.copyGroup().outlets().contains(story.outlet()),
        "the hit's own outlet is not among its copies");
    Hit update =
        r.hits().stream().filter(h -> h.id().equals("update")).findFirst().orElseThrow();
    assertNull(update.copyGroup());
  }

  @Test
  void collapseNoneListsEveryReportAndGroupListsOneStorysCopies() throws Exception {
    SearchResponse all = search("rubble", CopyView.of("none", null, null), 10, null);
    assertEquals(4, all.hits().size());
    String group = all.hits().stream()
        .filter(h -> h.id().equals("wire"))
        .findFirst()
        .orElseThrow()
        .copyGroup()
        .group();
    SearchResponse copies = search("", CopyView.of(null, null, group), 10, null);
    assertEquals(3, copies.total());
    assertEquals(Set.of("wire", "copy1", "copy2"), ids(copies.hits()));
  }

  @Test
  void facetsAndHistogramCountStoriesBesideReports() throws Exception {
    SearchResponse r = search("rubble", CopyView.DEFAULT, 10, null);
    Map<String, FacetValue> months = byValue(r.facets().get(Fields.FACET_DATE));
    assertEquals(4, months.get("2024-03").count());
    assertEquals(2L, months.get("2024-03").stories());
    Map<String, FacetValue> outlets = byValue(r.facets().get(Fields.FACET_OUTLET));
    assertEquals(2, outlets.get("Reuters").count());
    assertEquals(2L, outlets.get("Reuters").stories()); // the wire story and its update
    assertEquals(1L, outlets.get("Arab News").stories());
  }

  @Test
  void cursorPagesNeverShowAStoryTwice() throws Exception {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < 5; page++) {
      SearchResponse r = search("rubble", CopyView.DEFAULT, 1, cursor);
      r.hits()
          .forEach(h -> seen.add(h.copyGroup() == null ? h.id() : h.copyGroup().group()));
      cursor = r.nextCursor();
      if (cursor == null) break;
    }
    assertEquals(2, seen.size(), "pages: " + seen);
    assertEquals(2, new HashSet<>(seen).size());
  }

  @Test
  void badCopyParametersAreClearErrors() {
    assertTrue(org.junit.jupiter.api.Assertions.assertThrows(
            BadRequestException.class, () -> CopyView.of("maybe", null, null))
        .getMessage()
        .contains("collapse"));
    assertTrue(org.junit.jupiter.api.Assertions.assertThrows(
            BadRequestException.class, () -> CopyView.of(null, "outlets", null))
        .getMessage()
        .contains("count"));
    assertNotNull(org.junit.jupiter.api.Assertions.assertThrows(
        BadRequestException.class, () -> CopyView.of(null, null, "not-a-group")));
  }

  private static Set<String> ids(List<Hit> hits) {
    Set<String> out = new HashSet<>();
    hits.forEach(h -> out.add(h.id()));
    return out;
  }

  private static Map<String, FacetValue> byValue(List<FacetValue> values) {
    Map<String, FacetValue> out = new java.util.HashMap<>();
    values.forEach(v -> out.put(v.value(), v));
    return out;
  }
}
