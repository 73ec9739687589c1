package org.dispatches.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dispatches.testing.CollectingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-file account: what each file's shape and columns did, and every warning. */
class FileAccountTest {
  @TempDir
  Path dir;

  private final CollectingSink sink = new CollectingSink();

  private FileAccount read(String name, String content) throws Exception {
    return read(name, content, ReadOptions.defaults());
  }

  private FileAccount read(String name, String content, ReadOptions options) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return new CorpusReader(options).read(new CorpusFile(file, name), sink);
  }

  private static String rows(int n, java.util.function.IntFunction<String> row) {
    return IntStream.range(0, n).mapToObj(row).collect(Collectors.joining("\n")) + "\n";
  }

  private static boolean warns(FileAccount a, String words) {
    return a.warnings().stream().anyMatch(w -> w.contains(words));
  }

  @Test
  void tsvTitleStartingWithAQuoteDoesNotSwallowTheRowsAfterIt() throws Exception {
    String tsv = "date\tpublisher\ttitle\turl\n"
        + "2024-01-02\tCNN\t\"Not a ceasefire,\" says envoy - CNN\thttps://a.example/1\n"
        + "2024-01-03\tBBC\tTalks resume in Cairo\thttps://a.example/2\n"
        + "2024-01-04\tAP\tAid trucks cross at Rafah\thttps://a.example/3\n";
    FileAccount a = read("h.tsv", tsv);
    assertEquals(3, sink.reports.size());
    assertEquals("\"Not a ceasefire,\" says envoy - CNN", sink.reports.get(0).title());
    assertEquals("Talks resume in Cairo", sink.reports.get(1).title());
    assertEquals(0, a.recordsSkipped());
  }

  @Test
  void aWhollyQuotedTsvCellIsUnwrapped() throws Exception {
    read("q.tsv", "title\tbody\n\"He said \"\"no\"\"\"\tbody\n");
    assertEquals("He said \"no\"", sink.reports.get(0).title());
  }

  @Test
  void commonColumnNamesFeedTheirFields() throws Exception {
    FileAccount a = read(
        "n.csv",
        "Headline,Summary,pubDate,source_url,Byline,views\n"
            + "Truce holds,The truce held overnight.,2024-04-08,https://x.example/a,Jane Roe,12\n");
    var r = sink.reports.get(0);
    assertEquals("Truce holds", r.title());
    assertEquals("The truce held overnight.", r.body());
    assertEquals("2024-04-08", r.date());
    assertEquals("https://x.example/a", r.url());
    assertEquals("Jane Roe", r.author());
    assertTrue(a.mapping().describe().contains("ignored: views"));
  }

  @Test
  void contentIsPreferredToDescriptionAndTheOtherIsIgnored() throws Exception {
    FileAccount a =
        read("c.csv", "title,description,content\nT,short standfirst,the whole story\n");
    assertEquals("the whole story", sink.reports.get(0).body());
    assertTrue(a.mapping().describe().contains("ignored: description"));
  }

  @Test
  void fieldChoicesNameAColumnOrLeaveAFieldUnfed() throws Exception {
    ReadOptions options =
        ReadOptions.defaults().withFields(FieldChoices.parse(List.of("body=notes", "outlet=")));
    read("f.csv", "title,notes,publisher\nT,the real body,Reuters\n", options);
    assertEquals("the real body", sink.reports.get(0).body());
    assertNull(sink.reports.get(0).outlet());
  }

  @Test
  void anUnknownFieldNameIsAClearError() {
    var e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> FieldChoices.parse(List.of("headlin=title")));
    assertTrue(e.getMessage().contains("unknown field"));
  }

  @Test
  void pandasMissingValuesAreNoValue() throws Exception {
    read("p.csv", "headline,content,publish_date\nT,Body,NaN\n");
    assertNull(sink.reports.get(0).date());
  }

  @Test
  void warnsWhenThereIsNoHeaderAndReadsColumnsByContent() throws Exception {
    String tsv = rows(
        30,
        i -> "2024-01-" + (10 + i % 20) + "\t" + (i % 3 == 0 ? "Reuters" : "AP")
            + "\tHeadline number " + i + " about the talks\thttps://n.example/" + i);
    FileAccount a = read("headless.txt", tsv);
    assertEquals("TSV", a.format());
    assertEquals(30, sink.reports.size());
    assertEquals("Reuters", sink.reports.get(0).outlet());
    assertEquals("Headline number 0 about the talks", sink.reports.get(0).title());
    assertEquals("https://n.example/0", sink.reports.get(0).url());
    assertEquals("2024-01-10", sink.reports.get(0).date());
    assertTrue(warns(a, "no header"));
  }

  @Test
  void anOutletColumnWithADistinctValuePerRowIsIgnoredWithAWarning() throws Exception {
    FileAccount a = read(
        "o.csv",
        "title,body,source\n"
            + rows(25, i -> "Title " + i + ",Body " + i + ",Article_" + i + " export"));
    assertTrue(sink.reports.stream().allMatch(r -> r.outlet() == null));
    assertTrue(warns(a, "not an outlet"));
  }

  @Test
  void aSourceColumnNamingFilesIsNotAnOutlet() throws Exception {
    FileAccount a = read(
        "s.csv",
        "source,text,title\n"
            + rows(25, i -> "Report " + i + ".docx,Body of report " + i + ",Report " + i));
    assertTrue(sink.reports.stream().allMatch(r -> r.outlet() == null));
    assertTrue(warns(a, "names files"));
  }

  @Test
  void aRealOutletColumnIsKept() throws Exception {
    read(
        "r.csv",
        "title,body,outlet\n"
            + rows(25, i -> "Title " + i + ",Body " + i + "," + (i % 2 == 0 ? "AP" : "AFP")));
    assertEquals("AP", sink.reports.get(0).outlet());
  }

  @Test
  void warnsWhenTheDateColumnDoesNotParse() throws Exception {
    FileAccount a = read("d.csv", "title,date\nOne,2024-01-02\nTwo,last Tuesday\n");
    assertTrue(warns(a, "not dates"));
  }

  @Test
  void warnsWhenTheBodyColumnIsMostlyEmpty() throws Exception {
    FileAccount a = read("b.csv", "title,body\nOne,\nTwo,\nThree,text\n");
    assertTrue(warns(a, "body column"));
  }

  @Test
  void warnsWhenOneRecordHoldsMostOfTheFile() throws Exception {
    FileAccount a = read(
        "big.jsonl",
        "{\"body\":\"a\"}\n{\"body\":\"b\"}\n{\"body\":\"" + "long text ".repeat(50) + "\"}\n");
    assertTrue(warns(a, "holds"));
  }

  @Test
  void aLowerCasedLabelFileIsNotAReportSet() throws Exception {
    FileAccount a = read(
        "labels.tsv",
        "date\ttoll\ttitle\n"
            + rows(
                25,
                i -> "2024-02-0" + (1 + i % 9) + "\t" + (100 * i) + "\tgaza toll rises to "
                    + (100 * i) + " - the paper"));
    assertTrue(sink.reports.isEmpty());
    assertNotNull(a.fileSkipped());
    assertTrue(a.fileSkipped().contains("lower-case"));
  }

  @Test
  void aTableWithoutATextColumnIsNotAReportSet() throws Exception {
    FileAccount a =
        read("pages.txt", "date\turl\n01-02-24\thttps://x.example/1\n\t0. first\n\t1. second\n");
    assertTrue(sink.reports.isEmpty());
    assertTrue(a.fileSkipped().contains("no title or body"));
  }

  @Test
  void aJsonArrayOfRecordsIsRead() throws Exception {
    FileAccount a = read(
        "a.json",
        "[\n  {\"title\": \"One\", \"content\": \"First\"},\n  {\"title\": \"Two\", \"content\": \"Second\"}\n]\n");
    assertEquals(2, sink.reports.size());
    assertEquals("Second", sink.reports.get(1).body());
    assertEquals(0, a.recordsSkipped());
  }

  @Test
  void aWrappedJsonArrayAndNestedSourceNameAreRead() throws Exception {
    read(
        "w.json",
        "{\"status\": \"ok\", \"articles\": [\n {\"source\": {\"id\": null, \"name\": \"BBC News\"},"
            + " \"title\": \"T\", \"description\": \"D\", \"publishedAt\": \"2024-03-01T10:00:00Z\"}\n]}\n");
    assertEquals("BBC News", sink.reports.get(0).outlet());
    assertEquals("2024-03-01T10:00:00Z", sink.reports.get(0).date());
  }

  @Test
  void proseIndentedWithTabsStaysOneReport() throws Exception {
    FileAccount a = read(
        "indented.txt",
        "\tThe talks resumed on Monday.\n\tThey ended without a deal.\n\tMore talks are planned.\n");
    assertEquals("plain text", a.format());
    assertEquals(1, sink.reports.size());
  }

  @Test
  void skipsAreCountedByReasonWithoutTheirParticulars() throws Exception {
    FileAccount a = read("k.csv", "title,body\nOne,a,extra\nTwo,b,more,cells\n,\n");
    assertEquals(
        java.util.Map.of("expected N columns, found N", 2L, "no body or title text", 1L),
        a.skippedByReason());
  }
}
