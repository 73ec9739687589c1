package org.dispatches.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.SourceLocation;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults();
  private static final SourceLocation LOC = new SourceLocation("t.txt", "t.txt", 1, false);

  private static Article text(String body, String url, String outlet) {
    return EXTRACTOR.extract(new RawReport(null, null, body, null, outlet, url, null, LOC));
  }

  @Test
  void furnitureIsStrippedAndFirstLineIsTitle() {
    Article a = text("Hamas rejects offer\n\nSkip to content\n\nBy | Published | No Comments\n\nHamas rejected the offer.\n"
        + "Read more: something else\nShare this article\nLeave a comment\nPhoto: Jane Doe/AFP", null, null);
    assertEquals("Hamas rejects offer", a.title());
    assertEquals("Hamas rejected the offer.", a.body());
  }

  @Test
  void outletFromMetadataUrlOrTextAndSourcesApart() {
    assertEquals("my paper", text("x\ny", "https://www.reuters.com/a", "my paper").outlet());
    assertEquals("Reuters", text("x\ny", "https://www.reuters.com/world/a", null).outlet());
    Article a = text("Title\nHamas rejected it, according to a CNN report, a source told Reuters.", null, null);
    assertTrue(a.sources().contains("CNN") && a.sources().contains("Reuters"), a.sources().toString());
    assertEquals(null, a.outlet());
    assertEquals("The Guardian", text("Title\nBody.\nCopyright 2023 The Guardian All Rights Reserved", null, null).outlet());
  }

  @Test
  void dateStatedOrUnknownNeverGuessed() {
    Article stated = text("Title\nPublished on: April 9, 2024\nOn October 7, 2023, Hamas attacked.", null, null);
    assertEquals(DateSource.TEXT, stated.date().source());
    assertTrue(stated.mentionedDates().contains(java.time.LocalDate.of(2023, 10, 7)));
    Article unknown = text("Title\nOn October 7, 2023, Hamas attacked.", null, null);
    assertFalse(unknown.date().known());
  }
}
