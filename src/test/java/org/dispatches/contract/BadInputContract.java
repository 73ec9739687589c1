package org.dispatches.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dispatches.index.IndexSummary;
import org.dispatches.ingest.FileAccount;
import org.dispatches.ingest.ReadProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input the indexer meets in the wild, in one corpus, run through one sink of the
 * indexing run (a subclass each): each bad record is skipped and named with its file, line and
 * reason, and every good record beside it is indexed, whatever the run writes to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadInputContract {
  @TempDir
  static Path corpus;

  private IndexSummary summary;
  /** The stored body of every report the sink holds, by id. */
  private Map<String, String> bodies;

  /** A run over the whole corpus, and what the sink then holds. */
  record Indexed(IndexSummary summary, Map<String, String> bodies) {}

  /** Indexes {@code corpus} through this class's sink (with two worker threads where it has threads). */
  abstract Indexed index(Path corpus) throws Exception;

  @BeforeAll
  void indexTheBadCorpus() throws Exception {
    writeBadCorpus(corpus);
    Indexed indexed = index(corpus);
    summary = indexed.summary();
    bodies = indexed.bodies();
  }

  static void writeBadCorpus(Path dir) throws IOException {
    // binary: a PNG header, NUL bytes in the first 8 KB
    Files.write(
        dir.resolve("picture.txt"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d});
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(
        dir.resolve("latin1.txt"),
        "title: Caf\u00e9 talks\n\nNegotiators met at a caf\u00e9 in Doha on Tuesday."
            .getBytes(StandardCharsets.ISO_8859_1));
    byte[] badUtf8 = concat(
        "{\"id\":\"u1\",\"body\":\"Aid convoy reached Rafah ".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF},
        "\"}\n{\"id\":\"u2\",\"body\":\"Clean line after it.\"}\n"
            .getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("invalid-utf8.jsonl"), badUtf8);
    Files.writeString(
        dir.resolve("types.jsonl"),
        String.join(
            "\n",
            "{\"id\":\"t1\",\"title\":\"Good one\",\"body\":\"Talks resumed in Cairo.\"}",
            "{\"id\":\"t2\",\"body\":[\"an\",\"array\"]}",
            "{\"id\":\"t3\",\"body\":{\"nested\":true}}",
            "{\"id\":\"t4\",\"body\":true}",
            "{\"id\":\"t5\",\"body\":\"truncated in the mid",
            "[\"not\",\"an\",\"object\"]",
            "{\"id\":\"t6\",\"date\":\"2024-01-01\"}",
            "{\"id\":\"t7\",\"title\":null,\"body\":\"Second good one, null title ignored.\"}",
            ""));
    Files.writeString(
        dir.resolve("quotes.csv"),
        String.join(
            "\n",
            "id,title,body",
            "c1,Talks,\"Line one of the body",
            "line two of the body\"",
            "c2,\"Broken,the quote never closes",
            "c3,Aid,Trucks entered the strip.",
            "c4,Vote,\"He said \"\"yes\"\" today\"",
            "c5,Short row",
            "c6,Last,A good last row.",
            ""));
    Files.writeString(
        dir.resolve("pages.jsonl"),
        String.join(
            "\n",
            "{\"id\":\"h1\",\"title\":\"Scraped page\",\"body\":\"<html><head><style>p{color:red}</style>"
                + "<script>document.write('injected')</script></head><body><p>Hostages were released &amp; "
                + "families waited.</p><!-- tracking --><div>Second paragraph.</div></body></html>\"}",
            "{\"id\":\"h2\",\"body\":\"<script>alert('only a script')</script><style>.x{}</style>\"}",
            ""));
    Files.writeString(
        dir.resolve("zero-words.jsonl"),
        String.join(
            "\n",
            "{\"id\":\"z1\",\"title\":\"...\",\"body\":\" -- !!! \u2014 ?? \"}",
            "{\"id\":\"z2\",\"body\":\"A real report with words.\"}",
            ""));
    Files.writeString(
        dir.resolve("dupes.jsonl"),
        String.join(
            "\n",
            "{\"id\":\"d1\",\"body\":\"First copy of the report.\"}",
            "{\"id\":\"d1\",\"body\":\"Second copy, same id.\"}",
            ""));
    writeHugeLineFile(dir.resolve("huge.jsonl"));
  }

  /** A good line, a 50 MB line (past the 16 MB default limit), a good line: written, never held. */
  private static void writeHugeLineFile(Path path) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
      out.write("{\"id\":\"g1\",\"body\":\"Before the huge line.\"}\n{\"id\":\"g2\",\"body\":\""
          .getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) 'x');
      for (int i = 0; i < 50; i++) out.write(block);
      out.write("\"}\n{\"id\":\"g3\",\"body\":\"After the huge line.\"}\n"
          .getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyGoodRecordIsIndexedExactlyAndNothingElse() {
    Set<String> expected =
        Set.of("u1", "u2", "t1", "t7", "c1", "c3", "c4", "c6", "h1", "z2", "d1", "g1", "g3");
    // plus the latin-1 plain-text report, whose id derives from its path
    assertEquals(expected.size() + 1, summary.indexed(), summary.problems().toString());
    assertTrue(bodies.keySet().containsAll(expected), "indexed: " + bodies.keySet());
    assertEquals(expected.size() + 1, bodies.size());
  }

  @Test
  void everyBadRecordIsSkippedWithItsPlaceAndReason() {
    assertReason("picture.txt", 0, "binary file");
    assertReason("empty.txt", 1, "empty report");
    assertReason("types.jsonl", 2, "\"body\" must be a string, not an array");
    assertReason("types.jsonl", 3, "must be a string, not an object");
    assertReason("types.jsonl", 4, "not a boolean");
    assertReason("types.jsonl", 5, "malformed JSON");
    assertReason("types.jsonl", 6, "not a JSON object");
    assertReason("types.jsonl", 7, "no \"body\" or \"title\"");
    assertReason("quotes.csv", 4, "unbalanced quote");
    assertReason("quotes.csv", 7, "expected 3 columns, found 2");
    assertReason("pages.jsonl", 2, "0-word report");
    assertReason("zero-words.jsonl", 1, "0-word report");
    assertReason("dupes.jsonl", 2, "duplicate id d1");
    assertReason("huge.jsonl", 2, "longer than the record limit");
    assertEquals(14, summary.skipped(), summary.problems().toString());
    assertEquals(summary.indexed() + summary.skipped(), summary.read());
    // of the skips, one duplicate and 13 records the reader refused; no extraction or write failed
    assertEquals(new IndexSummary.NotIndexed(1, 13, 0), summary.notIndexed());
  }

  @Test
  void everyFileAccountAddsUpAndCountsItsDuplicate() {
    for (FileAccount a : summary.files()) {
      if (a.fileSkipped() != null) continue;
      assertEquals(
          a.recordsRead(), a.recordsIndexed() + a.recordsSkipped(), a.file() + " does not add up");
    }
    FileAccount dupes = summary.files().stream()
        .filter(a -> a.file().endsWith("dupes.jsonl"))
        .findFirst()
        .orElseThrow();
    assertEquals(1, dupes.recordsIndexed());
    assertEquals(Map.of(ReadProblem.DUPLICATE, 1L), dupes.skippedByReason());
  }

  @Test
  void htmlBodiesAreIndexedAsTheirTextWithoutScriptsOrTags() {
    String body = storedBodyOf("h1");
    assertTrue(body.contains("Hostages were released & families waited."), body);
    assertTrue(body.contains("Second paragraph."), body);
    assertFalse(
        body.contains("injected")
            || body.contains("color:red")
            || body.contains("<")
            || body.contains("tracking"),
        body);
  }

  @Test
  void undecodableBytesAreReadAsWindows1252NotLost() {
    assertTrue(storedBodyOf("u1").startsWith("Aid convoy reached Rafah"));
    assertTrue(storedBodyOf("c1").contains("Line one of the body\nline two of the body"));
  }

  private void assertReason(String file, long line, String reasonPart) {
    List<ReadProblem> matching = summary.problems().stream()
        .filter(p -> p.file().endsWith(file) && p.line() == line)
        .toList();
    assertEquals(1, matching.size(), file + ":" + line + " in " + summary.problems());
    assertTrue(matching.get(0).reason().contains(reasonPart), matching.get(0).toString());
  }

  private String storedBodyOf(String id) {
    String body = bodies.get(id);
    if (body == null) throw new AssertionError("no report " + id);
    return body;
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) n += p.length;
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
