package org.dispatches.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActorExtractorTest {
  private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
  private final ActorExtractor actors = new ActorExtractor(GAZETTEER);

  private Map<String, ActorMention> byName(String text) {
    return actors.extract(text).stream().collect(Collectors.toMap(ActorMention::name, m -> m));
  }

  @Test
  void gazetteerIsLargeAndMultiScript() {
    assertTrue(GAZETTEER.actors().size() >= 200);
    assertEquals("Hamas", GAZETTEER.find("حماس").orElseThrow().name());
    assertEquals("Benjamin Netanyahu", GAZETTEER.find("בנימין נתניהו").orElseThrow().name());
  }

  @Test
  void transliterationsSoftHyphensAndSurnames() {
    Map<String, ActorMention> m = byName("Hamas spokesperson Hazim Kasım said so. Ka\u00ADsım added more.");
    assertEquals(2, m.get("Hazem Qassem").mentions());
    assertTrue(m.get("Hazem Qassem").verified());
  }

  @Test
  void shortCapitalAliasesAreCaseSensitive() {
    assertFalse(byName("Let us hope the talks work.").containsKey("United States"));
    assertTrue(byName("The US envoy arrived.").containsKey("United States"));
    assertTrue(byName("The IDF said it struck.").containsKey("Israel Defense Forces"));
  }

  @Test
  void possessivesAndPlurals() {
    Map<String, ActorMention> m = byName("Netanyahu's cabinet met as Israelis protested; Qataris mediated.");
    assertTrue(m.containsKey("Benjamin Netanyahu"));
    assertTrue(m.containsKey("Israel"));
    assertTrue(m.containsKey("Qatar"));
  }

  @Test
  void roleIntroducedUnknownNamesAreUnverified() {
    List<ActorMention> found = actors.extract("Hamas spokesman Jamal Nazzal said talks stalled.");
    ActorMention u = found.stream().filter(a -> a.name().equals("Jamal Nazzal")).findFirst().orElseThrow();
    assertFalse(u.verified());
  }

  @Test
  void lookAlikeNamesStayApart() {
    assertEquals("Mohammed Sinwar", GAZETTEER.find("Muhammad Sinwar").orElseThrow().name());
    assertEquals("Yahya Sinwar", GAZETTEER.find("Yahia Sinouar").orElseThrow().name());
    assertEquals("Ismail Radwan", GAZETTEER.find("Ismail Radwan").orElseThrow().name());
  }
}
