package org.dispatches.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wire copy told apart from wires quoted as sources, on sentences written for the test. */
class WireSourcesTest {
  @Test
  void datelinesAndCreditsNameTheWire() {
    assertEquals(
        List.of(WireSources.REUTERS),
        WireSources.of(
            "t",
            "GAZA CITY (Reuters) - Israeli strikes hit the north overnight.",
            "The Star",
            null));
    assertEquals(
        List.of(WireSources.AP),
        WireSources.of(
            "t",
            "CAIRO (AP) \u2014 Talks resumed.\n\nThe Associated Press contributed to this report.",
            "Daily",
            null));
    assertEquals(
        List.of(WireSources.AP),
        WireSources.of(
            "t",
            "Talks resumed.\n\nJoseph Krauss of The Associated Press in Jerusalem contributed reporting.",
            "Daily",
            null));
    assertEquals(
        List.of(WireSources.AFP),
        WireSources.of("t", "Talks resumed on Sunday in Doha.\n\n- AFP", "Gulf Times", null));
    assertEquals(
        List.of(WireSources.REUTERS, WireSources.AFP),
        WireSources.of(
            "t",
            "JERUSALEM (Reuters) - Talks resumed.\n\nAFP contributed to this report.",
            "Daily",
            null));
  }

  @Test
  void aWireQuotedAsASourceIsNotWireCopy() {
    assertEquals(
        List.of(),
        WireSources.of(
            "t",
            "A hospital official told Reuters that 12 were killed. AFP reported heavy shelling, the AP said.",
            "Al Jazeera",
            null));
  }

  @Test
  void theWireItselfAsOutletOrAddress() {
    assertEquals(
        List.of(WireSources.REUTERS), WireSources.of("t", "Talks resumed.", "Reuters", null));
    assertEquals(
        List.of(WireSources.AP),
        WireSources.of("t", "Talks resumed.", null, "https://apnews.com/article/x"));
    assertEquals(
        List.of(), WireSources.of("t", "Talks resumed.", null, "https://notapnews.com/article/x"));
  }

  @Test
  void aWireIsNamedByAnyOfItsNamesInAnyCase() {
    assertEquals(List.of("Reuters", "Associated Press", "AFP"), WireSources.names());
    for (String name : List.of("Reuters", "REUTERS", " thomson reuters ", "reuters.com"))
      assertEquals(java.util.Optional.of(WireSources.REUTERS), WireSources.named(name), name);
    for (String name : List.of("AP", "ap news", "The Associated Press", "associated press"))
      assertEquals(java.util.Optional.of(WireSources.AP), WireSources.named(name), name);
    for (String name : List.of("afp", "Agence France-Presse", "agence france presse"))
      assertEquals(java.util.Optional.of(WireSources.AFP), WireSources.named(name), name);
    for (String name : List.of("UPI", "", "Reuter", "apnews"))
      assertEquals(java.util.Optional.empty(), WireSources.named(name), name);
  }
}
