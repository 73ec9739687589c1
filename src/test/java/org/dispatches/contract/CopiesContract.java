package org.dispatches.contract;

import static org.dispatches.testing.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dispatches.api.CopyView;
import org.dispatches.api.FacetValue;
import org.dispatches.api.Hit;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.extract.WireSources;
import org.dispatches.index.Fields;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every engine does with copies of one story: one hit per story by default with its copies
 * named, every report with {@code collapse=none}, a story's copies by {@code group=}, stories counted
 * beside reports in the total, the facets and the histogram, and the wire-service facet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CopiesContract {
  static final String STORY = String.join(
      "\n\n",
      "JERUSALEM (Reuters) - Rescue workers searched through the rubble of a four-storey building in the centre of the city on Tuesday after an overnight strike, residents said.",
      "The civil defence agency said 23 people were killed and dozens more were wounded, many of them children who had been sleeping on the upper floors.",
      "Neighbours described a loud explosion shortly after midnight followed by the collapse of the front wall, which buried the stairwell and trapped families inside.",
      "Hospital staff said they had run out of anaesthetic and were treating the wounded on the floor of the emergency ward because every bed was already taken.",
      "Talks on a truce resumed in the afternoon, with mediators saying both delegations had agreed to study a new proposal for an exchange of detainees.");
  static final String UPDATE = String.join(
      "\n\n",
      "The death toll from an overnight strike on a residential building rose sharply on Wednesday as more bodies were pulled from the rubble, officials said.",
      "The civil defence agency said 41 people were killed and dozens more were wounded, many of them children who had been sleeping on the upper floors.",
      "Neighbours described a loud explosion shortly after midnight followed by the collapse of the front wall, which buried the stairwell and trapped families inside.");

  private Engine.Built built;
  private SearchBackend backend;

  abstract Engine engine();

  @BeforeAll
  void build() throws Exception {
    String trimmed = STORY.substring(0, STORY.lastIndexOf("\n\n"));
    built = engine()
        .fromReports(List.of(
            report("wire", "Strike kills 23", STORY, "2024-03-05", "Reuters"),
            report(
                "copy1",
                "Dozens buried as building falls",
                "By Staff\n\n" + trimmed + "\n\nShare this article",
                "2024-03-05",
                "The National"),
            report(
                "copy2",
                "Building collapse",
                trimmed + "\n\nRead more: the war in pictures",
                "2024-03-06",
                "Arab News"),
            report("update", "Toll rises to 41", UPDATE, "2024-03-06", "CNN")));
    backend = built.backend();
  }

  @AfterAll
  void close() throws Exception {
    if (built != null) built.close();
  }

  private SearchResponse search(String q, CopyView view) throws Exception {
    return backend.search(
        SearchRequest.builder().query(q).size(10).facetSize(20).copies(view).build());
  }

  @Test
  void oneHitPerStoryWithItsCopiesNamed() throws Exception {
    SearchResponse r = search("rubble", CopyView.DEFAULT);
    assertEquals(4, r.total());
    assertEquals(2L, r.stories());
    assertEquals(2, r.hits().size());
    Hit story =
        r.hits().stream().filter(h -> !h.id().equals("update")).findFirst().orElseThrow();
    assertEquals(2, story.copyGroup().copies());
    Set<String> all = new HashSet<>(List.of("Reuters", "The National", "Arab News"));
    all.remove(story.outlet());
    assertEquals(all, new HashSet<>(story.copyGroup().outlets()));
    assertNull(r.hits().stream()
        .filter(h -> h.id().equals("update"))
        .findFirst()
        .orElseThrow()
        .copyGroup());
  }

  @Test
  void everyReportWithoutCollapseAndOneStorysCopiesByGroup() throws Exception {
    SearchResponse all = search("rubble", CopyView.of("none", null, null));
    assertEquals(4, all.hits().size());
    String group = all.hits().stream()
        .filter(h -> h.id().equals("copy1"))
        .findFirst()
        .orElseThrow()
        .copyGroup()
        .group();
    SearchResponse copies = search("", CopyView.of(null, null, group));
    assertEquals(
        Set.of("wire", "copy1", "copy2"),
        new HashSet<>(copies.hits().stream().map(Hit::id).toList()));
  }

  @Test
  void facetsAndHistogramCountStories() throws Exception {
    SearchResponse r = search("rubble", CopyView.of(null, "stories", null));
    Map<String, FacetValue> months = byValue(r.facets().get(Fields.FACET_DATE));
    assertEquals(4, months.get("2024-03").count());
    assertEquals(2L, months.get("2024-03").stories());
    Map<String, FacetValue> figures = byValue(r.facets().get(Fields.FACET_FIGURE));
    assertEquals(2L, figures.get("killed").stories());
    assertEquals(4, figures.get("killed").count());
  }

  @Test
  void wireFacetNamesTheWire() throws Exception {
    SearchResponse r = search("rubble", CopyView.of("none", null, null));
    Map<String, FacetValue> wires = byValue(r.facets().get(Fields.FACET_WIRE));
    // the wire's own report and the two copies that kept its dateline: three reports, one story
    assertEquals(3, wires.get(WireSources.REUTERS).count());
    assertEquals(1L, wires.get(WireSources.REUTERS).stories());
    assertTrue(!wires.containsKey(WireSources.AP));
  }

  private static Map<String, FacetValue> byValue(List<FacetValue> values) {
    Map<String, FacetValue> out = new HashMap<>();
    values.forEach(v -> out.put(v.value(), v));
    return out;
  }
}
