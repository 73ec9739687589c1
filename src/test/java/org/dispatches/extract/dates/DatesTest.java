package org.dispatches.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
  private final DateParser parser = new DateParser();
  private final TextDates text = new TextDates();

  @Test
  void metadataFormats() {
    LocalDate d = LocalDate.of(2024, 4, 9);
    assertEquals(d, parser.parse("2024-04-09"));
    assertEquals(d, parser.parse("9 April 2024"));
    assertEquals(d, parser.parse("April 9, 2024"));
    assertEquals(LocalDate.of(2025, 6, 6), parser.parse("6-Jun-25"));
    assertEquals(LocalDate.of(2023, 12, 23), parser.parse("23-12-2023"));
    assertEquals(LocalDate.of(2023, 12, 31), parser.parse("12-31-23"));
    assertEquals(d, parser.parse("9 أبريل 2024"));
    assertEquals(
        LocalDate.of(2023, 12, 27), parser.parse("December 27, 2023 Wednesday 1:09 PM GMT"));
    assertNull(parser.parse("No Date Found"));
  }

  @Test
  void statedPublicationIsNotAnEventDate() {
    assertEquals(
        LocalDate.of(2024, 4, 9), text.publication("Title\nPublished on: April 9, 2024\nBody."));
    assertNull(text.publication("Gaza war\nOn October 7, 2023, Hamas attacked Israel."));
  }

  @Test
  void partialDatesNeedAKnownYear() {
    String body = "Kan reported on March 14 that talks resumed after October 7, 2023.";
    assertEquals(1, text.mentioned(body, null).size());
    var withYear = text.mentioned(body, LocalDate.of(2025, 3, 20));
    assertTrue(withYear.contains(LocalDate.of(2025, 3, 14)));
    assertTrue(withYear.contains(LocalDate.of(2023, 10, 7)));
  }
}
