package org.dispatches.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.FieldChoices;
import org.dispatches.ingest.FileAccount;
import org.dispatches.ingest.RawReport;
import org.dispatches.testing.CollectingSink;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The four real folders of ../shared/data, pointed at as folders: every report they hold, and nothing else. */
class RealFoldersTest {
  private final CorpusReader reader =
      new CorpusReader(ReportIndexer.readOptions(FieldChoices.NONE));

  private List<RawReport> read(Path folder, String file) throws Exception {
    CollectingSink sink = new CollectingSink();
    for (CorpusFile f : reader.list(List.of(folder)))
      if (f.path().getFileName().toString().equals(file)) reader.read(f, sink);
    return sink.reports;
  }

  @Test
  void googleNewsTitlesStartingWithAQuoteStayOneRowEach() throws Exception {
    List<RawReport> reports =
        read(SharedData.require("gaza-google-news-headlines"), "gaza-news.txt.gz");
    assertEquals(11_505, reports.size());
    assertTrue(
        reports.stream().allMatch(r -> !r.title().contains("\n") && r.title().length() < 400));
    assertTrue(
        reports.stream().anyMatch(r -> r.title().startsWith("\"")),
        "the quote case is in the data");
    assertTrue(
        reports.stream().allMatch(r -> r.date() != null && r.outlet() != null && r.url() != null));
  }

  @Test
  void lexisNexisSourceColumnIsNotTheOutletAndCoverSheetsAreLeftOut() throws Exception {
    List<RawReport> reports =
        read(SharedData.require("gaza-war-fulltext-4-newspapers"), "output.csv.gz");
    assertEquals(391, reports.size());
    assertTrue(reports.stream().noneMatch(r -> r.outlet() != null && r.outlet().equals(r.title())));
    assertTrue(
        reports.stream().allMatch(r -> r.date() != null && !r.date().equals("No Date Found")));
  }

  @Test
  void theFourFoldersIndexEveryReportAndNothingElse() throws Exception {
    Path data = SharedData.require("bbc-world-fulltext-2025q1").getParent();
    List<Path> folders = List.of(
        data.resolve("gaza-google-news-headlines"),
        data.resolve("gaza-war-fulltext-4-newspapers"),
        data.resolve("bbc-world-fulltext-2025q1"),
        data.resolve("aljazeera-israel-palestine-headlines"));
    IndexSummary s =
        CorpusCheck.check(folders, ReportIndexer.readOptions(FieldChoices.NONE), p -> {});
    assertEquals(4, s.skippedFiles().size(), "the four READMEs");
    FileAccount bbc = account(s, "bbc_news.csv.gz");
    assertEquals(671, bbc.recordsIndexed()); // 672 rows, one repeats a URL
    FileAccount aj = account(s, "news_data.csv");
    assertEquals(3_338, aj.recordsIndexed());
    assertTrue(account(s, "death-toll.tsv").fileSkipped().contains("lower-case"));
    assertTrue(
        account(s, "cnn-news-israel-hamas-war.txt").fileSkipped().contains("no title or body"));
    assertEquals(
        java.util.Map.of("not a report", 18L), account(s, "output.csv.gz").skippedByReason());
    long rows = s.files().stream()
        .filter(a -> a.fileSkipped() == null)
        .mapToLong(FileAccount::recordsRead)
        .sum();
    assertEquals(11_505 + 705 + 654 + 1_794 + 409 + 672 + 3_338, rows);
    // every row is indexed but the cover sheets and the rows repeating an earlier URL
    long duplicates = s.files().stream()
        .mapToLong(a -> a.skippedByReason().getOrDefault("duplicate id", 0L))
        .sum();
    assertEquals(rows - 18 - duplicates, s.indexed());
  }

  private static FileAccount account(IndexSummary s, String name) {
    return s.files().stream().filter(a -> a.file().endsWith(name)).findFirst().orElseThrow();
  }
}
