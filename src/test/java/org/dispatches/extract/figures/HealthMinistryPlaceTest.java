package org.dispatches.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Palestinian health ministry a figure is credited to, read from where its count is placed. */
class HealthMinistryPlaceTest {
  private static final String GAZA = "Gaza health ministry";
  private static final String RAMALLAH = "Palestinian Authority health ministry";
  private final FigureExtractor fx = new FigureExtractor();

  private List<String> sources(String text, long value) {
    return fx.extract(text).stream()
        .filter(f -> f.kind().equals("killed") && f.value() == value)
        .map(Figure::source)
        .toList();
  }

  @Test
  void aWestBankCountIsTheRamallahMinistrysEvenWhenTheSentenceNamesTheWarOnGaza() {
    assertEquals(
        List.of(RAMALLAH),
        sources(
            "The Palestinian health ministry said 45 Palestinians have been killed by Israeli forces"
                + " in the occupied West Bank since the Hamas attack and the war on Gaza.",
            45));
    assertEquals(
        List.of(RAMALLAH),
        sources("Three Palestinians were killed in Tulkarm, the health ministry said.", 3));
  }

  @Test
  void aCountInGazaOrInBothPlacesStaysWithTheGazaMinistry() {
    assertEquals(
        List.of(GAZA),
        sources("The Palestinian health ministry said 300 people were killed in Gaza.", 300));
    assertEquals(
        List.of(GAZA),
        sources(
            "The health ministry said 12 people were killed in the West Bank and 80 in the Gaza"
                + " Strip.",
            12));
  }

  @Test
  void aNameOnlyOneMinistryGoesByIsNotReadFromThePlace() {
    assertEquals(
        List.of(GAZA),
        sources("The Hamas-run health ministry said 20 people were killed in Jenin.", 20));
  }

  @Test
  void aHeadlineWithoutPlaceTakesTheMinistryOfItsRestatementInTheBody() {
    String report = "Palestinian Health Ministry cites over 90 deaths since October 7. "
        + "The Palestinian Health Ministry said at least 90 Palestinians have been killed in the"
        + " West Bank since the war began.";
    assertEquals(List.of(RAMALLAH, RAMALLAH), sources(report, 90));
  }

  @Test
  void aHeadlineWithoutPlaceOrRestatementStaysWithTheGazaMinistry() {
    assertEquals(
        List.of(GAZA),
        sources("Over 9,000 killed since October 7, Palestinian Health Ministry says.", 9000));
  }
}
