package org.dispatches.extract.outlets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** One outlet under one name, however metadata, a text or a user writes it. */
class OutletTableTest {
  private final OutletTable outlets = OutletTable.loadDefault();

  @Test
  void caseAliasesAndPageFurnitureFoldToTheTablesName() {
    assertEquals("BBC", outlets.canonical("BBC.com"));
    assertEquals("BBC", outlets.canonical("bbc"));
    assertEquals("UNRWA", outlets.canonical("unrwa"));
    assertEquals("Anadolu Agency", outlets.canonical("Anadolu Agency | English"));
    assertEquals("The Guardian", outlets.canonical("The Guardian (London)"));
    assertEquals("Asharq Al-Awsat", outlets.canonical("Asharq Alawsat (English Edition)"));
    assertEquals("United Nations", outlets.canonical("Welcome to the United Nations"));
    assertEquals("The Wall Street Journal", outlets.canonical("WSJ"));
    assertEquals("The Times of Israel", outlets.canonical("Times of Israel"));
    assertEquals("Al Jazeera", outlets.canonical("Al Jazeera English"));
    assertEquals("BDS Movement", outlets.canonical("BDS Movement |"));
  }

  @Test
  void unknownOutletsKeepTheirNameWithoutFurniture() {
    assertEquals("EA WorldView", outlets.canonical("EA WorldView"));
    assertEquals(
        "Peace Research Institute Oslo", outlets.canonical("Peace Research Institute Oslo (PRIO)"));
    assertEquals("Red FM", outlets.canonical("Red FM |"));
    assertNull(outlets.canonical("  "));
  }

  @Test
  void oneKeyForEveryWayOfWritingAnOutlet() {
    assertEquals(outlets.key("Reuters"), outlets.key("reuters"));
    assertEquals(outlets.key("The Jerusalem Post"), outlets.key("jerusalem post"));
    assertEquals(outlets.key("The Jewish News"), outlets.key("Jewish News"));
    assertEquals(OutletTable.keyOf(outlets.canonical("BBC.com")), outlets.key("BBC News"));
  }
}
