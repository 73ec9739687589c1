package org.dispatches.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dispatches.extract.dates.DateParser;
import org.dispatches.extract.eval.CsvRows;
import org.dispatches.extract.text.Invisibles;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.SourceLocation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Extraction on real reports: dates and outlets stated in full texts, actors in soft-hyphenated headlines. */
class RealDataExtractionTest {
  private static final Path DATA = org.dispatches.testing.SharedData.root();
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults();
  private static final SourceLocation LOC = new SourceLocation("t", "t", 1, false);

  private static List<Map<String, String>> rows(String file) throws Exception {
    Path p = DATA.resolve(file);
    Assumptions.assumeTrue(Files.exists(p), p + " not found: skipping");
    return CsvRows.read(p);
  }

  @Test
  void lexisNexisTextsStateTheirDateAndOutlet() throws Exception {
    DateParser parser = new DateParser();
    int articles = 0, dateRight = 0, dateWrong = 0, outlet = 0;
    for (Map<String, String> row : rows("gaza-war-fulltext-4-newspapers/output.csv.gz")) {
      var gold = parser.parse(row.get("date"));
      if (gold == null) continue; // the README's 18 cover sheets
      articles++;
      Article a = EXTRACTOR.extract(
          new RawReport(null, null, row.get("text"), null, null, null, null, LOC));
      if (gold.equals(a.date().date())) dateRight++;
      else if (a.date().known()) dateWrong++;
      if (a.outlet() != null) outlet++;
      assertTrue(
          !a.body().contains("Load-Date:") && !a.body().contains("End of Document"),
          "furniture left in body");
    }
    System.out.println("LexisNexis: " + articles + " articles, date right " + dateRight + ", wrong "
        + dateWrong + ", outlet " + outlet);
    assertTrue(articles > 380);
    assertTrue(dateRight >= 0.95 * articles, "dates right " + dateRight);
    assertTrue(dateWrong <= 0.01 * articles, "dates wrong " + dateWrong);
  }

  @Test
  void softHyphenatedHeadlinesYieldActors() throws Exception {
    int withIsrael = 0, mentionsIsrael = 0;
    for (Map<String, String> row : rows("aljazeera-israel-palestine-headlines/news_data.csv")) {
      String text = row.get("headline") + "\n" + row.get("description");
      if (!Invisibles.remove(text).contains("Israel")) continue;
      mentionsIsrael++;
      Article a = EXTRACTOR.extract(new RawReport(
          null,
          row.get("headline"),
          row.get("description"),
          row.get("date"),
          "Al Jazeera",
          null,
          null,
          LOC));
      if (a.actors().stream()
          .anyMatch(m -> m.name().equals("Israel") || m.name().equals("Israel Defense Forces")))
        withIsrael++;
      assertTrue(a.date().known(), "DD-MM-YYYY date " + row.get("date"));
    }
    System.out.println("Al Jazeera: " + withIsrael + "/" + mentionsIsrael
        + " headlines naming Israel yield Israel or the IDF");
    assertTrue(withIsrael >= 0.95 * mentionsIsrael);
  }
}
