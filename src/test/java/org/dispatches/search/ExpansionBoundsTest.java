package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dispatches.api.ActorNames;
import org.dispatches.api.BadRequestException;
import org.dispatches.extract.actors.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * The bounds on what a query expands to are checked while parsing, before Lucene compiles an
 * automaton: each refusal is a 400 that names the bound (issue 18, rows 2, 8 and 10).
 */
class ExpansionBoundsTest {
  private final QueryTranslator translator =
      new QueryTranslator(new ActorNames(Gazetteer.loadDefault()));

  private BadRequestException refused(String query) {
    return assertThrows(BadRequestException.class, () -> translator.translate(query), query);
  }

  @Test
  void aHugeRepeatIsRefusedBeforeItsAutomatonIsBuilt() {
    BadRequestException e = refused("/a{1,40000}/");
    assertEquals("regex_too_complex", e.code());
    assertTrue(e.getMessage().contains("states"), e.getMessage());
    assertEquals("regex_too_complex", refused("/(ab|cd){500,900}/").code());
  }

  @Test
  void aRegexThatCannotBeDeterminizedIsA400NotA500() {
    BadRequestException e = refused("/[ab]*a[ab]{20}/");
    assertEquals("regex_too_complex", e.code());
    assertTrue(e.getMessage().contains("determinized"), e.getMessage());
  }

  @Test
  void tooManyExpandingTermsAreRefusedWithTheBound() {
    List<String> fuzzy = new ArrayList<>();
    for (int i = 0; i < 48; i++)
      fuzzy.add("word" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + "~");
    BadRequestException e = refused(String.join(" ", fuzzy));
    assertEquals("too_many_expansions", e.code());
    assertTrue(
        e.getMessage().contains(String.valueOf(ExpansionBounds.MAX_EXPANDING_TERMS)),
        e.getMessage());
    assertEquals("too_many_expansions", refused("a* b* c* d* e* f* g* h* i*").code());
  }

  @Test
  void ordinaryWildcardsRegexesAndFuzzyTermsStillParse() {
    assertDoesNotThrow(() -> translator.translate("ceasef* /talk(s|ed)/ hamas~1 \"aid convoy\""));
    assertDoesNotThrow(() -> translator.translate("/[a-z]{2,12}ire/"));
    // the same term searched over several fields counts once
    assertDoesNotThrow(() -> translator.translate("a* b* c* d* e* f* g* h*"));
  }

  @Test
  void figuresBeyondWhatAFieldHoldsAreA400() {
    for (String q : List.of(
        "killed:>9223372036854775807",
        "killed:>99999999999999999999",
        "killed:[99999999999999999999 TO *]")) {
      BadRequestException e = refused(q);
      assertTrue(e.getMessage().contains("out of range"), q + ": " + e.getMessage());
    }
    assertDoesNotThrow(() -> translator.translate("killed:>30,000"));
    assertDoesNotThrow(() -> translator.translate("killed:>9223372036854775806"));
  }
}
