package org.dispatches.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dispatches.extract.dates.DateSource;
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
    Article a = text(
        "Hamas rejects offer\n\nSkip to content\n\nBy | Published | No Comments\n\nHamas rejected the offer.\n"
            + "Read more: something else\nShare this article\nLeave a comment\nPhoto: Jane Doe/AFP",
        null,
        null);
    assertEquals("Hamas rejects offer", a.title());
    assertEquals("Hamas rejected the offer.", a.body());
  }

  @Test
  void outletFromMetadataUrlOrTextAndSourcesApart() {
    assertEquals(
        "my paper", text("x\ny", "https://www.reuters.com/a", "my paper").outlet());
    assertEquals(
        "Reuters", text("x\ny", "https://www.reuters.com/world/a", null).outlet());
    Article a = text(
        "Title\nHamas rejected it, according to a CNN report, a source told Reuters.", null, null);
    assertTrue(
        a.sources().contains("CNN") && a.sources().contains("Reuters"),
        a.sources().toString());
    assertEquals(null, a.outlet());
    assertEquals(
        "The Guardian",
        text("Title\nBody.\nCopyright 2023 The Guardian All Rights Reserved", null, null)
            .outlet());
  }

  @Test
  void metadataOutletIsCanonicalAndAGoogleNewsSuffixMovesFromTitleToOutlet() {
    Article a = EXTRACTOR.extract(new RawReport(
        null, "Alarm in Israel over ICC - BBC.com", "", null, "BBC.com", null, null, LOC));
    assertEquals("BBC", a.outlet());
    assertEquals("Alarm in Israel over ICC", a.title());
    Article noMeta = EXTRACTOR.extract(
        new RawReport(null, "Gaza talks resume - Reuters", "", null, null, null, null, LOC));
    assertEquals("Reuters", noMeta.outlet());
    assertEquals("Gaza talks resume", noMeta.title());
    // a dash that names no outlet stays in the title, and no outlet is invented from it
    Article plain = EXTRACTOR.extract(
        new RawReport(null, "Israel - Hamas war enters day 30", "", null, null, null, null, LOC));
    assertEquals("Israel - Hamas war enters day 30", plain.title());
    assertEquals(null, plain.outlet());
  }

  @Test
  void newsDatabaseMastheadNamesTheOutlet() {
    String header =
        "Fighting spreads\nThe Guardian (London)\nDecember 5, 2023 Tuesday 5:05 PM GMT\n\n"
            + "Copyright 2023 The Guardian, a division of Transcontinental Media Group Inc. and a long tail. All Rights Reserved\n\nBody text.";
    assertEquals("The Guardian", text(header, null, null).outlet());
    assertEquals(
        "Asharq Al-Awsat",
        text(
                "Refugees fear\nAsharq Alawsat (English Edition)\nNovember 2, 2023 Thursday\n\nBody.",
                null,
                null)
            .outlet());
    // a line over a date that names no known outlet is not one
    assertEquals(
        null,
        text("Refugees fear\nA quiet morning\nNovember 2, 2023 Thursday\n\nBody.", null, null)
            .outlet());
  }

  @Test
  void dateStatedOrUnknownNeverGuessed() {
    Article stated =
        text("Title\nPublished on: April 9, 2024\nOn October 7, 2023, Hamas attacked.", null, null);
    assertEquals(DateSource.TEXT, stated.date().source());
    assertTrue(stated.mentionedDates().contains(java.time.LocalDate.of(2023, 10, 7)));
    Article unknown = text("Title\nOn October 7, 2023, Hamas attacked.", null, null);
    assertFalse(unknown.date().known());
  }
}
