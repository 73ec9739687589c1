package org.dispatches.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.testing.CollectingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved pages as files (.html, .htm.gz) and as an "html" field of JSON Lines. */
class HtmlInputTest {
  @TempDir
  Path dir;

  private static final String PAGE =
      "<html><head><meta property=\"og:title\" content=\"Hostages freed\">"
          + "<meta property=\"article:published_time\" content=\"2023-11-24T16:00:00Z\"></head><body>"
          + "<nav><a href=\"/\">Home</a></nav><article><p>Thirteen hostages were freed on Friday under the truce, the mediators said.</p>"
          + "<p>The exchange came on the first day of a pause that both sides agreed to extend.</p></article></body></html>";

  @Test
  void htmlFilesPlainAndGzippedAreOneReportEach() throws Exception {
    Files.writeString(dir.resolve("a.html"), PAGE);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("b.htm.gz")))) {
      out.write(PAGE.replace("Thirteen", "Fourteen").getBytes(StandardCharsets.UTF_8));
    }
    CollectingSink sink = new CollectingSink();
    CorpusReader reader = new CorpusReader();
    for (CorpusFile f : reader.list(List.of(dir))) reader.read(f, sink);
    assertEquals(2, sink.reports.size());
    assertEquals("Hostages freed", sink.reports.get(0).title());
    assertEquals("2023-11-24T16:00:00Z", sink.reports.get(0).date());
    assertTrue(sink.reports.get(0).body().startsWith("Thirteen hostages"));
    assertTrue(sink.reports.get(1).body().startsWith("Fourteen hostages"));
    assertTrue(sink.reports.stream().noneMatch(r -> r.body().contains("Home")));
  }

  @Test
  void anHtmlFieldInJsonLinesIsReadToItsArticleAndGivenFieldsWin() throws Exception {
    JsonObject o = new JsonObject();
    o.addProperty("url", "https://paper.example/hostages");
    o.addProperty("title", "Given title");
    o.addProperty("html", PAGE);
    Files.writeString(dir.resolve("pages.jsonl"), o + "\n");
    CollectingSink sink = new CollectingSink();
    CorpusReader reader = new CorpusReader();
    for (CorpusFile f : reader.list(List.of(dir))) reader.read(f, sink);
    var r = sink.reports.get(0);
    assertEquals("Given title", r.title());
    assertEquals("2023-11-24T16:00:00Z", r.date());
    assertEquals("https://paper.example/hostages", r.url());
    assertTrue(r.body().startsWith("Thirteen hostages"));
  }
}
