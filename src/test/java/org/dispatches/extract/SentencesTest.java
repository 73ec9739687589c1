package org.dispatches.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence ends, including paragraphs a scraper glued together with no space. */
class SentencesTest {
  @Test
  void gluedAfterAWordAYearOrAClosingQuote() {
    assertEquals(List.of("They met in Italy.", "Suzanne Armstrong, 27, was there."),
        Sentences.split("They met in Italy.Suzanne Armstrong, 27, was there."));
    assertEquals(List.of("The attack came on 7 October 2023.", "This triggered an offensive."),
        Sentences.split("The attack came on 7 October 2023.This triggered an offensive."));
    assertEquals(List.of("She said \"the cost will be high\".", "The ceasefire held."),
        Sentences.split("She said \"the cost will be high\".The ceasefire held."));
  }

  @Test
  void abbreviationsInitialsAndDecimalsStayWhole() {
    assertEquals(List.of("The U.S.Army unit left."), Sentences.split("The U.S.Army unit left."));
    assertEquals(List.of("Prices rose 3.5 percent in Oct. 2023 across Gaza."),
        Sentences.split("Prices rose 3.5 percent in Oct. 2023 across Gaza."));
    assertEquals(List.of("Version 2.Beta shipped."), Sentences.split("Version 2.Beta shipped."));
  }
}
