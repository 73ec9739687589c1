package org.dispatches.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureExtractorTest {
  private final FigureExtractor fx = new FigureExtractor();

  private Figure only(String text, String kind) {
    List<Figure> fs = fx.extract(text).stream().filter(f -> f.kind().equals(kind)).toList();
    assertEquals(1, fs.size(), text + " -> " + fx.extract(text));
    return fs.get(0);
  }

  @Test
  void tollWithSeparatorsAndAttribution() {
    Figure f = only("The death toll rose to 33,207, Gaza's health ministry said.", "killed");
    assertEquals(33207, f.value());
    assertEquals("Gaza's health ministry", f.attribution());
  }

  @Test
  void subjectQualifierAndParenthetical() {
    Figure f = only("At least 20 Palestinians, including children, were killed in Rafah.", "killed");
    assertEquals(20, f.value());
    assertEquals("at least", f.qualifier());
    assertEquals("Palestinians", f.subject());
  }

  @Test
  void verbBeforeNumberAndWoundedAfterAnd() {
    List<Figure> fs = fx.extract("Israeli forces opened fire, killing 2 persons and injuring another 6.");
    assertEquals(2, fs.size());
    assertEquals("killed", fs.get(0).kind());
    assertEquals(2, fs.get(0).value());
    assertEquals("wounded", fs.get(1).kind());
    assertEquals(6, fs.get(1).value());
  }

  @Test
  void numberWordsScalesAndArabicDigits() {
    assertEquals(5, only("Five people were killed overnight.", "killed").value());
    assertEquals(2_300_000, only("About 2.3 million people have been displaced.", "displaced").value());
    assertEquals(33207, only("ارتفع: killing ٣٣٬٢٠٧ people.", "killed").value());
  }

  @Test
  void truceDurations() {
    assertEquals(50, only("Witkoff suggested a 50-day ceasefire.", "truce_days").value());
    assertEquals(42, only("Negotiators hoped for a six-week truce.", "truce_days").value());
  }

  @Test
  void hostagesPrisonersAndTrucks() {
    assertEquals(253, only("Hamas took 253 hostages into Gaza.", "hostages").value());
    assertEquals(1800, only("They were exchanged for approximately 1,800 Palestinian detainees.", "prisoners").value());
    assertEquals(120, only("Only 120 aid trucks entered on Sunday.", "aid_trucks").value());
  }

  @Test
  void yearsTimesAgesDatesRatiosAndAgentsAreNotFigures() {
    assertTrue(fx.extract("On October 7, 2023, at 06:30 militants attacked; 2023 was a hard year.").isEmpty());
    assertTrue(fx.extract("Suzanne Armstrong, 27, was killed.").isEmpty());
    assertTrue(fx.extract("Nine in ten Gazans have been displaced.").isEmpty());
    assertTrue(fx.extract("Call +972 52 555 1234 for help.").isEmpty());
    Figure f = only("5 militants killed 3 soldiers near the fence.", "killed");
    assertEquals(3, f.value());
  }

  @Test
  void indefiniteVictim() {
    assertEquals(1, only("An Israeli drone struck the house, killing a woman.", "killed").value());
    assertNull(only("An Israeli drone struck the house, killing a woman.", "killed").qualifier());
  }
}
