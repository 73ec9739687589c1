package org.dispatches.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.dispatches.extract.text.Invisibles;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.SourceLocation;
import org.dispatches.testing.RunningServer;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV export of 10,000 real reports (English headlines and Al Jazeera Arabic titles from
 * ../shared/data) read by Python's csv module and by pandas, as analysts read it: the header row
 * first, one row per report, every Arabic title intact. pandas is not a project dependency: install
 * it for this run ({@code pip install pandas}); without it that half is skipped, saying so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportReadersTest {
  private static final int ENGLISH = 6_000;
  private static final int ARABIC = 4_000;

  @TempDir
  static Path dir;

  private RunningServer server;
  private JsonObject read;

  @BeforeAll
  void exportAndRead() throws Exception {
    Path headlines = SharedData.require("gaza-google-news-headlines/gaza-news.txt.gz");
    Path arabicDir = SharedData.require("aljazeera-arabic-palestine-news");
    assumeTrue(python() != null, "skipped: python3 is not installed");
    List<RawReport> reports = new ArrayList<>();
    readHeadlines(headlines, reports);
    List<String> arabicTitles = new ArrayList<>();
    readArabic(arabicDir, reports, arabicTitles);
    assertEquals(ENGLISH + ARABIC, reports.size());
    server = new RunningServer(reports, null);

    Path csv = dir.resolve("export.csv");
    HttpResponse<Path> r = HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create(server.baseUrl() + "/api/export?format=csv&sort=date"))
                .build(),
            HttpResponse.BodyHandlers.ofFile(csv));
    assertEquals(200, r.statusCode());
    Path expected =
        Files.write(dir.resolve("arabic-titles.txt"), arabicTitles, StandardCharsets.UTF_8);
    Path script = dir.resolve("read_export.py");
    try (InputStream in = getClass().getResourceAsStream("read_export.py")) {
      Files.copy(in, script);
    }
    Process p = new ProcessBuilder(python(), script.toString(), csv.toString(), expected.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(
        p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "the reader script failed: " + out);
    read = JsonParser.parseString(out).getAsJsonObject();
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) server.close();
  }

  @Test
  void pythonsCsvModuleReadsTheHeaderEveryRowAndTheArabic() {
    assertTrue(read.get("bom").getAsBoolean(), "UTF-8 with a byte-order mark, for Excel");
    check(read.getAsJsonObject("csv"));
  }

  @Test
  void pandasReadsTheHeaderEveryRowAndTheArabic() {
    JsonElement pandas = read.get("pandas");
    assumeTrue(
        pandas != null && !pandas.isJsonNull(),
        "skipped: pandas is not installed (pip install pandas)");
    check(pandas.getAsJsonObject());
  }

  private static void check(JsonObject reader) {
    JsonArray header = reader.getAsJsonArray("header");
    assertEquals(
        List.of(ExportRoute.CSV_HEADER),
        header.asList().stream().map(JsonElement::getAsString).toList());
    assertEquals(ENGLISH + ARABIC, reader.get("rows").getAsInt());
    assertEquals(
        ARABIC, reader.get("intact").getAsInt(), "Arabic titles that came back as they went in");
  }

  private static void readHeadlines(Path file, List<RawReport> out) throws Exception {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null && n < ENGLISH) {
        String[] f = line.split("\t", -1);
        if (f.length != 4) continue;
        n++;
        out.add(new RawReport(
            "en" + n,
            f[2],
            null,
            f[0],
            f[1],
            f[3],
            "en",
            new SourceLocation(file.toString(), "en" + n, n, false)));
      }
    }
  }

  private static void readArabic(Path folder, List<RawReport> out, List<String> titles)
      throws Exception {
    List<Path> files;
    try (var s = Files.list(folder)) {
      files = s.filter(p -> p.getFileName().toString().startsWith("articles_data_"))
          .sorted()
          .toList();
    }
    int n = 0;
    for (Path file : files) {
      try (var r = new InputStreamReader(
          new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8)) {
        for (JsonElement e : JsonParser.parseReader(r).getAsJsonArray()) {
          if (n == ARABIC) return;
          JsonObject o = e.getAsJsonObject();
          String title = o.get("title").getAsString();
          if (title.isBlank()) continue;
          n++;
          out.add(new RawReport(
              "ar" + n,
              title,
              o.get("excerpt").getAsString(),
              o.get("date").getAsString(),
              null,
              o.get("link").getAsString(),
              "ar",
              new SourceLocation(file.toString(), "ar" + n, n, false)));
          titles.add(Invisibles.remove(title).strip());
        }
      }
    }
  }

  private static String python() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, "python3");
      if (Files.isExecutable(p)) return p.toString();
    }
    return null;
  }
}
