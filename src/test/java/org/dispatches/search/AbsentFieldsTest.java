package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.dispatches.api.ActorNames;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.testing.TestIndex;
import org.junit.jupiter.api.Test;

/**
 * Pruning the clauses over fields no report has must leave the answer alone: the same reports, in
 * the same order, with the same scores, for words, phrases, compounds, booleans and long
 * descriptions; it only drops the other languages' readings of an English archive.
 */
class AbsentFieldsTest {
  private static final List<String> QUERIES = List.of(
      "ceasefire",
      "hostages released",
      "\"aid trucks\"",
      "rafah -hospital",
      "(truce OR ceasefire) AND hostages",
      "negotiat*",
      "the talks on the release of hostages held in gaza went on through the night",
      "title:truce body:rafah");

  @Test
  void thePrunedQueryFindsTheSameReportsWithTheSameScores() throws Exception {
    QueryTranslator translator = new QueryTranslator(new ActorNames(Gazetteer.loadDefault()));
    try (TestIndex index = new TestIndex(List.of(
        TestIndex.report(
            "a",
            "Truce talks resume",
            "Hostages were released at Rafah after a " + "cease-fire took hold.",
            "2024-01-02",
            "Reuters"),
        TestIndex.report(
            "b",
            "Aid trucks enter Gaza",
            "Dozens of aid trucks crossed at Rafah " + "as negotiators met.",
            "2024-01-03",
            "BBC News"),
        TestIndex.report(
            "c",
            "Hospital hit",
            "A hospital in Rafah was hit; the ceasefire talks "
                + "stalled and hostages remain held.",
            "2024-01-04",
            "CNN")))) {
      index.searchers.withSearcher(s -> {
        Set<String> present = s.fieldNames();
        assertFalse(present.contains("body_ar"), "an English archive has no Arabic fields");
        for (String text : QUERIES) {
          Query full = translator.translate(text);
          Query pruned = AbsentFields.prune(full, present);
          assertFalse(pruned.toString().contains("_ar:"), text + ": " + pruned);
          assertSameAnswer(s, full, pruned, text);
        }
        return null;
      });
    }
  }

  @Test
  void aRequiredClauseOverAnAbsentFieldRulesOutItsBranch() {
    Query absent = new TermQuery(new Term("body_he", "x"));
    Query kept = new TermQuery(new Term("body", "rafah"));
    Query branch = new BooleanQuery.Builder()
        .add(absent, BooleanClause.Occur.MUST)
        .add(kept, BooleanClause.Occur.MUST)
        .build();
    Query query = new BooleanQuery.Builder()
        .add(branch, BooleanClause.Occur.SHOULD)
        .add(kept, BooleanClause.Occur.SHOULD)
        .build();
    assertEquals(kept, AbsentFields.prune(query, Set.of("body")));
    // nothing left that could match: the query is kept as it was (it matches nothing either way)
    assertSame(branch, AbsentFields.prune(branch, Set.of("title")));
    // an exclusion over an absent field excludes nothing and goes
    Query excluding = new BooleanQuery.Builder()
        .add(kept, BooleanClause.Occur.MUST)
        .add(absent, BooleanClause.Occur.MUST_NOT)
        .build();
    Query pruned = AbsentFields.prune(excluding, Set.of("body"));
    assertTrue(pruned instanceof BooleanQuery b && b.clauses().size() == 1, pruned.toString());
  }

  private static void assertSameAnswer(IndexSearcher s, Query full, Query pruned, String text)
      throws java.io.IOException {
    ScoreDoc[] a = s.search(full, 10).scoreDocs;
    ScoreDoc[] b = s.search(pruned, 10).scoreDocs;
    assertEquals(s.count(full), s.count(pruned), text);
    assertArrayEquals(docs(a), docs(b), text);
    for (int i = 0; i < a.length; i++) assertEquals(a[i].score, b[i].score, 0f, text);
  }

  private static int[] docs(ScoreDoc[] hits) {
    int[] out = new int[hits.length];
    for (int i = 0; i < hits.length; i++) out[i] = hits[i].doc;
    return out;
  }
}
