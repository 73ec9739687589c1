package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.Query;
import org.dispatches.api.ActorNames;
import org.dispatches.api.BadRequestException;
import org.dispatches.extract.actors.Gazetteer;
import org.junit.jupiter.api.Test;

class QueryTranslatorTest {
  private final QueryTranslator translator =
      new QueryTranslator(new ActorNames(Gazetteer.loadDefault()));

  @Test
  void comparisonsBecomeRanges() {
    assertEquals("killed:{30000 TO *]", QueryTranslator.rewriteComparisons("killed:>30000"));
    assertEquals("killed:[90 TO *]", QueryTranslator.rewriteComparisons("killed:>=90"));
    assertEquals("wounded:[* TO 10}", QueryTranslator.rewriteComparisons("wounded:<10"));
    assertEquals(
        "hostages:[* TO 1000] AND gaza",
        QueryTranslator.rewriteComparisons("hostages:<=1,000 AND gaza"));
    assertEquals("date:{2024-01-01 TO *]", QueryTranslator.rewriteComparisons("date:>2024-01-01"));
  }

  @Test
  void everyFigureKindAndTheDateAreRealRangeQueries() {
    for (var kind : org.dispatches.extract.figures.FigureKind.values()) {
      Query q = translator.translate(kind.id() + ":[1 TO 5]");
      assertTrue(q.toString().contains(kind.id() + ":[1 TO 5]"), q.toString());
      assertTrue(
          q instanceof org.apache.lucene.search.PointRangeQuery,
          kind.id() + " became " + q.getClass().getName());
    }
    Query date = translator.translate("date:[2024-04-01 TO 2024-04-30]");
    assertTrue(
        date instanceof org.apache.lucene.search.PointRangeQuery,
        date.getClass().getName());
  }

  @Test
  void actorAliasResolvesToTheCanonicalTerm() {
    assertEquals(
        "actor:hazem qassem", translator.translate("actor:\"Hazim Kasım\"").toString());
    // outlets through the outlet table, in any case, by any alias, without furniture or a leading
    // "the"
    assertEquals(
        "outlet:al jazeera",
        translator.translate("outlet:\"Al Jazeera English\"").toString());
    assertEquals(
        "outlet:times of israel",
        translator.translate("outlet:\"Times of Israel\"").toString());
    assertEquals("outlet:reuters", translator.translate("outlet:REUTERS").toString());
    assertEquals(
        "outlet:anadolu agency",
        translator.translate("outlet:\"Anadolu Agency | English\"").toString());
    // a query names an actor on purpose: a short all-caps alias resolves in any case
    assertEquals(
        translator.translate("actor:IDF").toString(),
        translator.translate("actor:idf").toString());
    assertTrue(
        !translator.translate("actor:idf").toString().equals("actor:idf"),
        "idf resolved to its canonical name");
  }

  @Test
  void syntaxErrorsSayWhatIsWrong() {
    BadRequestException e =
        assertThrows(BadRequestException.class, () -> translator.translate("(gaza"));
    assertTrue(e.getMessage().startsWith("cannot parse the query"), e.getMessage());
    assertTrue(e.getMessage().contains("brackets do not pair up"), e.getMessage());
    assertThrows(BadRequestException.class, () -> translator.translate("date:[April TO May]"));
    // written for a reader: no parser internals, no internal field names
    for (String q : new String[] {"(((", "*fire", "(gaza", "gaza)"}) {
      String m =
          assertThrows(BadRequestException.class, () -> translator.translate(q)).getMessage();
      assertFalse(
          m.contains("Syntax Error") || m.contains("_exact") || m.contains("Encountered"),
          q + ": " + m);
    }
    assertTrue(assertThrows(BadRequestException.class, () -> translator.translate("*fire"))
        .getMessage()
        .contains("cannot start with *"));
  }
}
