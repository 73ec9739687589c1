package org.dispatches.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dispatches.testing.CollectingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
  @TempDir
  Path dir;

  @Test
  void aSinkThatWantsNoMoreStopsTheReadingWithoutAProblemReported() throws Exception {
    Files.writeString(
        dir.resolve("many.jsonl"), "{\"body\":\"R1\"}\n{\"body\":\"R2\"}\n{\"body\":\"R3\"}\n");
    CorpusReader reader = new CorpusReader();
    CollectingSink sink = new CollectingSink() {
      @Override
      public void accept(RawReport report) {
        if (reports.size() == 2) throw new ReportSink.StopReading();
        super.accept(report);
      }
    };
    CorpusFile file = reader.list(List.of(dir)).get(0);
    assertThrows(ReportSink.StopReading.class, () -> reader.read(file, sink));
    assertEquals(2, sink.reports.size());
    assertTrue(sink.problems.isEmpty(), () -> "problems: " + sink.problems);
  }

  @Test
  void walksFoldersRecursivelyAndReadsEveryFormatIncludingGzip() throws Exception {
    Files.createDirectories(dir.resolve("sub/deeper"));
    Files.writeString(dir.resolve("a.txt"), "title: A\n\nBody A");
    Files.writeString(dir.resolve("sub/b.jsonl"), "{\"body\":\"B1\"}\n{\"body\":\"B2\"}\n");
    Files.writeString(dir.resolve("sub/deeper/c.csv"), "title,body\nC,body c\n");
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("sub/d.jsonl.gz")))) {
      out.write("{\"body\":\"D1\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("ignored.pdf"), "not read");
    CorpusReader reader = new CorpusReader();
    CollectingSink sink = new CollectingSink();
    List<CorpusFile> files = reader.list(List.of(dir));
    for (CorpusFile f : files) reader.read(f, sink);
    assertEquals(4, files.size());
    assertEquals(5, sink.reports.size());
    assertTrue(sink.reports.stream().anyMatch(r -> "D1".equals(r.body())));
    assertEquals(
        dir.getFileName() + "/sub/b.jsonl#2",
        sink.reports.stream()
            .filter(r -> "B2".equals(r.body()))
            .findFirst()
            .orElseThrow()
            .location()
            .recordKey());
  }

  @Test
  void theSamePathUnderTwoRootsGivesTwoKeys() throws Exception {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/report.txt"), "One report");
    Files.writeString(dir.resolve("b/report.txt"), "Another report");
    CorpusReader reader = new CorpusReader();
    CollectingSink sink = new CollectingSink();
    for (CorpusFile f : reader.list(List.of(dir.resolve("a"), dir.resolve("b"))))
      reader.read(f, sink);
    assertEquals(
        List.of("a/report.txt", "b/report.txt"),
        sink.reports.stream().map(r -> r.location().recordKey()).toList());
  }

  @Test
  void readmeAndLicenseInAFolderAreListedAsSkippedNotRead() throws Exception {
    Files.writeString(dir.resolve("README.md"), "# About this folder");
    Files.writeString(dir.resolve("LICENSE"), "MIT");
    Files.writeString(dir.resolve("report.txt"), "A report");
    CorpusReader.Listing listing = new CorpusReader().listing(List.of(dir));
    assertEquals(1, listing.files().size());
    assertEquals(2, listing.skipped().size());
    assertTrue(listing.skipped().stream().allMatch(s -> s.reason().contains("documentation")));
  }

  @Test
  void binaryFileIsSkippedAndLatin1IsDecoded() throws Exception {
    Files.write(dir.resolve("bin.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
    Files.write(
        dir.resolve("latin.txt"), "Caf\u00e9 d\u00e9bat".getBytes(StandardCharsets.ISO_8859_1));
    CorpusReader reader = new CorpusReader();
    CollectingSink sink = new CollectingSink();
    for (CorpusFile f : reader.list(List.of(dir))) reader.read(f, sink);
    assertEquals(1, sink.reports.size());
    assertEquals("Café débat", sink.reports.get(0).body());
    assertEquals(1, sink.problems.size());
    assertTrue(sink.problems.get(0).reason().contains("binary"));
  }

  @Test
  void overlongLineIsSkippedWithoutHoldingItAndTheNextLineIsRead() throws Exception {
    StringBuilder big = new StringBuilder("{\"body\":\"");
    big.append("x".repeat(5000)).append("\"}\n{\"body\":\"small\"}\n");
    Files.writeString(dir.resolve("big.jsonl"), big);
    CorpusReader reader = new CorpusReader(1000);
    CollectingSink sink = new CollectingSink();
    for (CorpusFile f : reader.list(List.of(dir))) reader.read(f, sink);
    assertEquals(1, sink.reports.size());
    assertEquals("small", sink.reports.get(0).body());
    assertTrue(sink.problems.get(0).reason().contains("longer than"));
  }
}
