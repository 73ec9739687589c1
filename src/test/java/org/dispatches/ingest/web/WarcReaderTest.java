package org.dispatches.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.FileAccount;
import org.dispatches.testing.CollectingSink;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web archives written here from the benchmark's saved pages, as crawlers write them: one gzip member a record. */
class WarcReaderTest {
  @TempDir
  Path dir;

  private static final String PAGE =
      "<html><head><title>Aid convoy reaches the north</title></head><body><article>"
          + "<p>An aid convoy of twelve trucks reached the north of the strip on Tuesday, the agency said, after weeks of delays.</p>"
          + "<p>Officials said more convoys were planned, but that the route remained dangerous, with checkpoints along the way.</p>"
          + "</article></body></html>";

  @Test
  void eachHtmlResponseIsAPageWithItsUrlAndCaptureDate() throws Exception {
    Path warc = dir.resolve("crawl.warc.gz");
    try (OutputStream out = Files.newOutputStream(warc)) {
      member(
          out,
          record(
              "warcinfo",
              null,
              "2024-01-01T00:00:00Z",
              "software: test\r\n".getBytes(StandardCharsets.UTF_8)));
      member(
          out,
          record(
              "request",
              "https://news.example/a",
              "2024-01-02T10:00:00Z",
              "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
      member(
          out,
          record(
              "response",
              "https://news.example/a",
              "2024-01-02T10:00:01Z",
              http("text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8))));
      member(
          out,
          record(
              "response",
              "https://news.example/logo.png",
              "2024-01-02T10:00:02Z",
              http("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1})));
      for (Path page : benchmarkPages(2)) {
        member(
            out,
            record(
                "response",
                "https://bench.example/" + page.getFileName(),
                "2019-11-20T08:00:00Z",
                http("text/html", gunzip(page))));
      }
    }
    CollectingSink sink = new CollectingSink();
    CorpusReader reader = new CorpusReader();
    FileAccount account = reader.read(reader.list(List.of(warc)).get(0), sink);
    assertEquals(3, sink.reports.size(), sink.problems.toString());
    var first = sink.reports.get(0);
    assertEquals("Aid convoy reaches the north", first.title());
    assertEquals("https://news.example/a", first.url());
    assertEquals("2024-01-02T10:00:01Z", first.date());
    assertTrue(first.body().startsWith("An aid convoy"));
    assertEquals(3, first.location().line(), "the third record of the file");
    assertTrue(sink.reports.subList(1, 3).stream()
        .allMatch(r -> r.body().length() > 200 && r.url() != null));
    assertEquals(0, account.recordsSkipped());
    assertEquals("web archive (WARC)", account.format());
  }

  @Test
  void aFileThatIsNotWarcIsReportedNotThrown() throws Exception {
    Path bad = dir.resolve("bad.warc");
    Files.writeString(bad, "hello, this is not an archive\n");
    CollectingSink sink = new CollectingSink();
    new CorpusReader().read(new CorpusFile(bad, "bad.warc"), sink);
    assertTrue(sink.reports.isEmpty());
    assertTrue(sink.problems.get(0).reason().contains("not a WARC record"));
  }

  private List<Path> benchmarkPages(int n) throws IOException {
    Path html = SharedData.require("article-extraction-benchmark/html");
    try (var files = Files.list(html)) {
      return files.sorted().limit(n).toList();
    }
  }

  private static byte[] gunzip(Path p) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return in.readAllBytes();
    }
  }

  private static byte[] http(String type, byte[] body) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length
            + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    b.write(body);
    return b.toByteArray();
  }

  private static byte[] record(String type, String uri, String date, byte[] block)
      throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    String headers = "WARC/1.0\r\nWARC-Type: " + type + "\r\n"
        + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
        + "WARC-Date: " + date + "\r\nContent-Type: "
        + (type.equals("response") ? "application/http; msgtype=response" : "text/plain")
        + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    b.write(headers.getBytes(StandardCharsets.ISO_8859_1));
    b.write(block);
    b.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return b.toByteArray();
  }

  private static void member(OutputStream out, byte[] record) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out));
    gz.write(record);
    gz.finish();
  }

  /** Lets each gzip member finish without closing the file. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void close() {}
  }
}
