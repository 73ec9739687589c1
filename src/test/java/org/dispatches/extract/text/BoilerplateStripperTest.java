package org.dispatches.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoilerplateStripperTest {
  private final BoilerplateStripper stripper = new BoilerplateStripper();

  @Test
  void pageFurnitureLinesGo() {
    String body =
        "Skip to content\n\nPhoto of author\n\nBy journalsofus.com\n\nBy | Published | No Comments\n\n"
            + "The talks resumed on Monday.\n\nLeave a comment";
    assertEquals("The talks resumed on Monday.", stripper.strip(body));
  }

  @Test
  void aLabelOnItsOwnLineTakesItsValueLineWithIt() {
    String body =
        "The talks resumed on Monday.\n\nPublished by:\n\nKarishma Example\n\nPublished on:\n\nApril 9, 2024";
    assertEquals("The talks resumed on Monday.", stripper.strip(body));
    assertEquals("The talks resumed.", stripper.strip("The talks resumed.\nWritten by: Jane Roe"));
  }

  @Test
  void aClosingAuthorBioGoesButTheSameShapeInsideAReportStays() {
    String bio =
        "Jane Roe, a dynamic blog writer and tech enthusiast, is a trailblazer in the world of computing.";
    assertEquals(
        "The talks resumed on Monday.", stripper.strip("The talks resumed on Monday.\n\n" + bio));
    String quoted =
        "Rami Example, a journalist in Gaza City, said the strikes continued overnight.\n\nThe talks resumed.";
    assertEquals(quoted, stripper.strip(quoted));
    String last =
        "The talks resumed.\n\nJohn Example, the columnist of the Daily, in an attack on the minister: \"He failed.\"";
    assertEquals(last, stripper.strip(last));
  }

  @Test
  void reportLinesThatMentionTheseWordsStay() {
    String body =
        "The report was published by the ministry on Monday.\n\nComments from officials were not available.";
    assertEquals(body, stripper.strip(body));
  }
}
