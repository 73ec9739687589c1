package org.dispatches.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The canonical source table: one name for the many ways a source is written. */
class SourceNamesTest {
  private final SourceNames names = SourceNames.loadDefault();

  @Test
  void theManyNamesOfOneSourceAreOne() {
    for (String s : new String[] {
      "Hamas-run health ministry",
      "territory's Hamas-run health ministry",
      "Gaza's Health Ministry",
      "Palestinian health ministry",
      "Gaza’s ministry of health",
      "Gazan health authorities",
      "MoH"
    }) {
      assertEquals("Gaza health ministry", names.canonical(s), s);
    }
    assertEquals("Israeli military", names.canonical("IDF"));
    assertEquals("Israeli military", names.canonical("Israel Defense Forces"));
    assertEquals("UN OCHA", names.canonical("UN's humanitarian office"));
    assertEquals("UNRWA", names.canonical("UN Palestinian relief agency"));
    assertEquals("WHO", names.canonical("World Health Organization"));
    assertEquals("WHO", names.canonical("WHO"));
  }

  @Test
  void specificNamesWinAndAnotherCountrysMinistryIsNotGazas() {
    assertEquals("Israeli health ministry", names.canonical("Israeli health ministry"));
    assertEquals("Lebanese health ministry", names.canonical("Lebanon's health ministry"));
    assertEquals("Sudan's health ministry", names.canonical("Sudan's health ministry"));
    // the West Bank's ministry in Ramallah is not Gaza's: its tolls are of another territory
    assertEquals(
        "Palestinian Authority health ministry",
        names.canonical("the Palestinian Authority health ministry"));
    assertEquals(
        "Palestinian Authority health ministry", names.canonical("Ramallah-based health ministry"));
    // "who" as a word is no WHO: all-capital aliases match in capitals only
    assertEquals("officials who", names.canonical("officials who"));
  }

  @Test
  void unknownSourcesStandForThemselvesAndNoneIsNone() {
    assertEquals("Airwars", names.canonical(" monitoring group Airwars "));
    assertEquals("Nahum Barnea", names.canonical("Nahum Barnea"));
    assertNull(names.canonical(null));
    assertNull(names.canonical("  "));
  }

  @Test
  void aMalformedTableIsAClearError() {
    IOException e = assertThrows(
        IOException.class,
        () -> SourceNames.read(
            new ByteArrayInputStream("just a name\n".getBytes(StandardCharsets.UTF_8))));
    assertEquals(
        "sources.tsv line 1: expected a name, a tab, aliases and optionally a tab and excluding words",
        e.getMessage());
  }
}
