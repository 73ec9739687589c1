package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dispatches.api.ActorNames;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.index.Fields;
import org.dispatches.testing.RealReports;
import org.dispatches.testing.TestIndex;
import org.junit.jupiter.api.Test;

/**
 * Plain words scored over the ranked field must match exactly the reports that the title-or-body
 * reading matches; only the pair is replaced, everything else of a query is left as read.
 */
class RankedWordsTest {
  private final QueryTranslator translator =
      new QueryTranslator(new ActorNames(Gazetteer.loadDefault()));

  private static final List<String> QUERIES = List.of(
      "ceasefire",
      "hostages released",
      "prime minister",
      "\"aid trucks\"",
      "rafah -hospital",
      "(truce OR ceasefire) AND hostages",
      "negotiat*",
      "hostages^3 rafah",
      "the talks on the release of hostages held in gaza went on through the night",
      "title:truce body:rafah",
      "killed:>100 gaza");

  @Test
  void eachPlainWordBecomesOneRankedTerm() {
    Query merged = RankedWords.merge(english("ceasefire talks"));
    assertEquals("+ranked:ceasefir +ranked:talk", merged.toString());
  }

  @Test
  void phrasesSingleFieldsAndOtherBoostsAreLeftAlone() {
    Query phrase = english("\"West Bank\"");
    assertSame(phrase, RankedWords.merge(phrase), phrase.toString());
    Query titleOnly = english("title:truce");
    assertSame(titleOnly, RankedWords.merge(titleOnly));
    // a pair whose title clause is not weighted as the ranked field weighs titles stays a pair
    Query odd = new BooleanQuery.Builder()
        .add(
            new BoostQuery(new TermQuery(new Term(Fields.TITLE, "truce")), 3f),
            BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(Fields.BODY, "truce")), BooleanClause.Occur.SHOULD)
        .build();
    assertSame(odd, RankedWords.merge(odd));
    Query boosted = RankedWords.merge(english("hostages^3"));
    assertTrue(
        boosted instanceof BoostQuery b
            && b.getQuery() instanceof TermQuery t
            && t.getTerm().field().equals(Fields.RANKED),
        boosted.toString());
  }

  @Test
  void mergedQueriesMatchTheSameRealReports() throws Exception {
    try (TestIndex index = new TestIndex(RealReports.fullTexts())) {
      index.searchers.withSearcher(s -> {
        assertTrue(s.rankedText(), "every report indexed now has the ranked field");
        for (String text : QUERIES) {
          Query read = AbsentFields.prune(translator.translate(text), s.fieldNames());
          Query merged = RankedWords.merge(read);
          if (!text.startsWith("title:") && !text.startsWith("\"")) {
            assertFalse(merged.toString().contains("body:"), text + ": " + merged);
          }
          int[] a = sorted(MatchingDocs.of(s, read)), b = sorted(MatchingDocs.of(s, merged));
          assertTrue(a.length > 0, text + " finds something in the full texts");
          assertEquals(a.length, b.length, text);
          assertTrue(Arrays.equals(a, b), text + ": the same reports");
        }
        return null;
      });
    }
  }

  /** The query as an English archive reads it (no other language's fields). */
  private Query english(String text) {
    return translator.translate(
        text, text, f -> !f.endsWith("_ar") && !f.endsWith("_he") && !f.endsWith("_fr"));
  }

  private static int[] sorted(int[] docs) {
    int[] copy = docs.clone();
    Arrays.sort(copy);
    return copy;
  }
}
