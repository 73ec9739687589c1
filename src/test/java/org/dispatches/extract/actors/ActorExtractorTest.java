package org.dispatches.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
    assertEquals(
        "Benjamin Netanyahu", GAZETTEER.find("בנימין נתניהו").orElseThrow().name());
  }

  @Test
  void transliterationsSoftHyphensAndSurnames() {
    Map<String, ActorMention> m =
        byName("Hamas spokesperson Hazim Kasım said so. Ka\u00ADsım added more.");
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
    Map<String, ActorMention> m =
        byName("Netanyahu's cabinet met as Israelis protested; Qataris mediated.");
    assertTrue(m.containsKey("Benjamin Netanyahu"));
    assertTrue(m.containsKey("Israel"));
    assertTrue(m.containsKey("Qatar"));
  }

  @Test
  void roleIntroducedUnknownNamesAreUnverified() {
    List<ActorMention> found = actors.extract("Hamas spokesman Jamal Nazzal said talks stalled.");
    ActorMention u =
        found.stream().filter(a -> a.name().equals("Jamal Nazzal")).findFirst().orElseThrow();
    assertFalse(u.verified());
  }

  @Test
  void lookAlikeNamesStayApart() {
    assertEquals(
        "Mohammed Sinwar", GAZETTEER.find("Muhammad Sinwar").orElseThrow().name());
    assertEquals("Yahya Sinwar", GAZETTEER.find("Yahia Sinouar").orElseThrow().name());
    assertEquals("Ismail Radwan", GAZETTEER.find("Ismail Radwan").orElseThrow().name());
  }

  // ---- issue 15: the examples a new user met, as unit tests ----

  @Test
  void aPersonNamedWithARoleIsUnverifiedUnderTheNameAsWritten() {
    Map<String, ActorMention> m = byName(
        "Michael Herzog, the Israeli ambassador, said talks went on. Herzog added that Israel would wait.");
    assertFalse(m.get("Michael Herzog").verified());
    assertEquals("person", m.get("Michael Herzog").type());
    assertFalse(
        m.containsKey("Isaac Herzog"), "an unknown Herzog is not the president: " + m.keySet());
    // the president, named in full, stays the president
    assertTrue(byName("President Isaac Herzog met the families. Herzog said they would not rest.")
        .get("Isaac Herzog")
        .verified());
  }

  @Test
  void photoCreditsInCapitalsAreNoOne() {
    Map<String, ActorMention> m = byName(
        "Protesters gathered outside the Capitol. Photograph by HAIYUN JIANG for The New York Times.");
    assertFalse(m.containsKey("Ismail Haniyeh"), m.keySet().toString());
    assertFalse(
        m.keySet().stream().anyMatch(n -> n.contains("HAIYUN")), m.keySet().toString());
  }

  @Test
  void aPlaceOrBodyInsideAnotherOrganizationsNameIsNotThatActor() {
    Map<String, ActorMention> m =
        byName("Patients were moved from the Turkish-Palestinian Friendship hospital in Gaza.");
    assertFalse(m.containsKey("Turkey"), m.keySet().toString());
    assertFalse(byName("Leaders of World Likud met in Jerusalem on Sunday.").containsKey("Likud"));
    // a compound that a common noun continues still names both sides
    assertTrue(
        byName("The Israeli-Palestinian conflict dominated the summit.").containsKey("Israel"));
  }

  @Test
  void typesAreRight() {
    assertEquals(
        "state",
        byName("South Sudan's president spoke in Juba.").get("South Sudan").type());
    assertEquals(
        "organization",
        byName("The Hostages and Missing Families Forum urged a deal.")
            .get("Hostages and Missing Families Forum")
            .type());
    assertEquals(
        "armed group",
        byName("M23 rebels seized Goma.").get("March 23 Movement").type());
  }

  @Test
  void headlineWordsVerbsAndJobTitlesAreNotActors() {
    String text = "Pope Urges End To Fighting As Sinwar Warns That Talks Fail\n"
        + "Yahya Sinwar Hiding In Tunnels, Haniyeh Killed In Tehran, Trump Envisions Depopulated Gaza\n"
        + "The Deputy Director-General of the agency said on Monday that aid was blocked. Officials said Haniyeh was killed.";
    for (ActorMention a : actors.extract(text)) {
      if (a.verified()) continue;
      fail("not a name: " + a.name());
    }
    Map<String, ActorMention> m = byName(text);
    assertTrue(
        m.containsKey("Ismail Haniyeh") && m.containsKey("Yahya Sinwar"),
        m.keySet().toString());
  }

  @Test
  void honorificsAndRanksAreDroppedBeforeMatching() {
    Map<String, ActorMention> m = byName(
        "Sir Keir Starmer spoke. Later Keir Starmer spoke again. Rear Admiral Daniel Hagari said "
            + "the strike hit. Daniel Hagari added more. Mr. Blinken and Dr Tedros agreed.");
    assertEquals(2, m.get("Keir Starmer").mentions());
    assertEquals(2, m.get("Daniel Hagari").mentions());
    assertFalse(
        m.keySet().stream()
            .anyMatch(
                n -> n.startsWith("Sir ") || n.startsWith("Rear ") || n.startsWith("Admiral")),
        m.keySet().toString());
    assertTrue(
        m.containsKey("Antony Blinken") && m.containsKey("Tedros Adhanom Ghebreyesus"),
        m.keySet().toString());
    // an unknown titled person is named without the title
    assertTrue(byName("Lt Col Avraham Zilberman said the unit withdrew.")
        .containsKey("Avraham Zilberman"));
  }

  @Test
  void theWorldsConflictsAreKnown() {
    Map<String, ActorMention> m = byName(
        "Volodymyr Zelensky met Nato leaders. Bashar al-Assad fled as HTS advanced; al-Qaeda and the OPCW "
            + "were named. Rwanda denied backing M23 in DR Congo. Salva Kiir spoke. AIPAC and J Street lobbied Democrats and Republicans.");
    for (String name : List.of(
        "Volodymyr Zelensky",
        "NATO",
        "Bashar al-Assad",
        "Hayat Tahrir al-Sham",
        "Al-Qaeda",
        "Organisation for the Prohibition of Chemical Weapons",
        "Rwanda",
        "March 23 Movement",
        "Democratic Republic of the Congo",
        "Salva Kiir",
        "American Israel Public Affairs Committee",
        "J Street",
        "Democratic Party",
        "Republican Party")) {
      assertTrue(m.containsKey(name) && m.get(name).verified(), name + " in " + m.keySet());
    }
    assertTrue(
        GAZETTEER.actors().size() >= 2000,
        "gazetteer size " + GAZETTEER.actors().size());
    for (Actor a : GAZETTEER.actors())
      assertTrue(a.source() != null && !a.source().isBlank(), "no source for " + a.name());
  }

  @Test
  void acledStyleNamesAndNonLatinScriptsResolve() {
    assertEquals(
        "Sudanese Armed Forces",
        GAZETTEER.find("Military Forces of Sudan (2019-)").orElseThrow().name());
    assertEquals(
        "Volodymyr Zelensky",
        GAZETTEER.find("Володимир Зеленський").orElseThrow().name());
    assertEquals("Bashar al-Assad", GAZETTEER.find("بشار الأسد").orElseThrow().name());
    assertEquals(
        "Democratic Republic of the Congo",
        GAZETTEER.find("République démocratique du Congo").orElseThrow().name());
  }

  @Test
  void placesAreKnownButNeverActors() {
    Map<String, ActorMention> m = byName(
        "Strikes hit Khan Younis, the southern city, as families fled Rafah and Deir al-Balah.");
    assertTrue(m.isEmpty(), m.keySet().toString());
  }
}
