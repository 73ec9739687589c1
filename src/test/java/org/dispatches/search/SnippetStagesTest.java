package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dispatches.api.Hit;
import org.dispatches.api.SearchRequest;
import org.dispatches.testing.TestIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Snippets are highlighted in stages (stemmed bodies, then the exact-word body for hits those did
 * not mark, then titles for hits no body marked); each hit must still get the snippet of the first
 * field with a match: its body, else its body as written, else its title, else its opening. One page
 * below holds a hit of each kind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnippetStagesTest {
  private TestIndex index;

  @BeforeAll
  void index() throws Exception {
    index = new TestIndex(List.of(
        TestIndex.report(
            "body",
            "Talks resume in Cairo",
            "Negotiators said the truce could " + "hold if both sides agree.",
            "2024-01-02",
            "Reuters"),
        TestIndex.report(
            "exact",
            "Talks resume in Doha",
            "Mediators pressed for a cease-fire " + "before the holiday.",
            "2024-01-03",
            "BBC News"),
        TestIndex.report(
            "title",
            "Truce holds in the north",
            "Shops reopened and families " + "returned to the market on Monday.",
            "2024-01-04",
            "CNN"),
        TestIndex.report(
            "none",
            "Market day",
            "Farmers sold olives in the square while " + "children played.",
            "2024-01-05",
            "CNN")));
  }

  @AfterAll
  void close() throws Exception {
    index.close();
  }

  @Test
  void eachHitGetsTheFirstFieldWithAMatch() throws Exception {
    Map<String, String> snippets = snippets("truce OR ceasefire");
    assertTrue(snippets.get("body").contains("the <mark>truce</mark> could"), snippets.toString());
    assertTrue(snippets.get("exact").contains("<mark>cease-fire</mark>"), snippets.toString());
    assertEquals("<mark>Truce</mark> holds in the north", snippets.get("title"));
    assertFalse(snippets.containsKey("none"));
  }

  @Test
  void aPhraseMarksTheBodyAsWrittenOrElseTheTitle() throws Exception {
    // a phrase searches only the exact-word fields: the stemmed body cannot mark it
    Map<String, String> snippets = snippets("\"the truce could\" OR \"truce holds\"");
    assertEquals(
        "Negotiators said <mark>the truce could</mark> hold if both sides agree.",
        snippets.get("body"));
    assertEquals("<mark>Truce holds</mark> in the north", snippets.get("title"));
  }

  @Test
  void withoutAMatchAHitShowsItsOpening() throws Exception {
    String opening = snippets("").get("none");
    assertTrue(opening.startsWith("Farmers sold olives"), opening);
    assertFalse(opening.contains("<mark>"), opening);
  }

  private Map<String, String> snippets(String q) throws Exception {
    List<Hit> hits =
        index.service.search(SearchRequest.builder().query(q).build()).hits();
    return hits.stream().collect(Collectors.toMap(Hit::id, Hit::snippet));
  }
}
