package org.dispatches.server;

import static org.dispatches.testing.RunningServer.encode;
import static org.dispatches.testing.RunningServer.json;
import static org.dispatches.testing.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dispatches.testing.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/export} as pandas, R and Excel read it, and as a hostile client tries it (issue 18 rows 5, 8, 9). */
class ExportRouteTest {
  private static RunningServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new RunningServer(
        List.of(
            report(
                "a1",
                "Ceasefire talks in Cairo",
                "Hamas and Israel met. 33,207 Palestinians were killed, the ministry said.",
                "2024-04-08",
                "Reuters"),
            report(
                "a2",
                "=HYPERLINK(\"http://evil.example\",\"click\")",
                "A ceasefire, said the mediators.",
                "2024-05-01",
                "Reuters"),
            report(
                "a3",
                "محادثات وقف إطلاق النار",
                "Ceasefire talks resumed in Doha.",
                "2024-06-01",
                "Al Jazeera Arabic"),
            report("a4", "Aid trucks wait", "Aid trucks waited.", "2023-01-01", "BBC News")),
        null);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static List<List<String>> rows(String csv) {
    return CsvTestReader.read(csv.substring(1));
  }

  @Test
  void csvStartsWithTheByteOrderMarkAndTheHeaderRow() throws Exception {
    HttpResponse<String> r = server.get("/api/export?format=csv&q=ceasefire");
    assertEquals(200, r.statusCode());
    assertTrue(
        r.body().startsWith("\uFEFFid,title,outlet,date,url,actors,figures,copy_group,copies\r\n"),
        "BOM, then the header row");
    assertFalse(r.body().contains("# query"), "no comment lines");
    List<List<String>> rows = rows(r.body());
    assertEquals(1 + 3, rows.size());
    assertTrue(
        rows.stream().anyMatch(row -> row.get(1).equals("محادثات وقف إطلاق النار")),
        "Arabic intact");
  }

  @Test
  void queryFiltersSortVersionAndTimeGoInHeadersAndJsonMetadata() throws Exception {
    String q = "ceasefire talks";
    HttpResponse<String> r = server.get(
        "/api/export?format=csv&q=" + encode(q) + "&outlet=Reuters&from=2024-01-01&sort=date");
    assertEquals(200, r.statusCode());
    assertEquals(
        q,
        URLDecoder.decode(
            r.headers().firstValue("X-Dispatches-Query").orElseThrow(), StandardCharsets.UTF_8));
    assertEquals(
        "outlet=Reuters&from=2024-01-01",
        r.headers().firstValue("X-Dispatches-Filters").orElseThrow());
    assertEquals("date", r.headers().firstValue("X-Dispatches-Sort").orElseThrow());
    assertTrue(r.headers().firstValue("X-Dispatches-Index-Version").isPresent());
    assertTrue(r.headers()
        .firstValue("X-Dispatches-Exported")
        .orElseThrow()
        .matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
    assertEquals(
        rows(r.body()).size() - 1,
        Long.parseLong(r.headers().firstValue("X-Dispatches-Total").orElseThrow()));

    JsonObject j = json(
        server.get("/api/export?format=json&q=" + encode(q) + "&outlet=Reuters&from=2024-01-01"));
    JsonObject meta = j.getAsJsonObject("metadata");
    assertEquals(q, meta.get("query").getAsString());
    assertEquals("outlet=Reuters&from=2024-01-01", meta.get("filters").getAsString());
    assertEquals("relevance", meta.get("sort").getAsString());
    assertFalse(meta.get("indexVersion").isJsonNull());
    assertEquals(j.getAsJsonArray("reports").size(), meta.get("total").getAsInt());
  }

  /** Issue 18 rows 5 and 8: a query that cannot run is a 400 JSON error before the first byte, in both formats. */
  @ParameterizedTest
  @ValueSource(strings = {"(", "*fire", "killed:abc", "/[ab]*a[ab]{20}/"})
  void aBadQueryIsA400JsonErrorNotAnEmptyExport(String q) throws Exception {
    for (String format : List.of("csv", "json")) {
      HttpResponse<String> r = server.get("/api/export?format=" + format + "&q=" + encode(q));
      assertEquals(400, r.statusCode(), q + " as " + format + ": " + r.body());
      assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
      JsonObject error = json(r).getAsJsonObject("error");
      assertFalse(error.get("message").getAsString().isBlank());
      assertTrue(r.headers().firstValue("content-disposition").isEmpty(), "no download starts");
    }
  }

  /** Issue 18 row 9: a formula in the query or a title never becomes a live cell; CR/LF never reach a header. */
  @Test
  void nothingFromTheRequestOrTheReportsIsWrittenUnescaped() throws Exception {
    String q = "ceasefire OR \"=HYPERLINK(x),y\r\n=1+1\"";
    HttpResponse<String> r = server.get(
        "/api/export?format=csv&q=" + encode(q) + "&outlet=" + encode("Reuters\r\nX-Evil: 1"));
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("X-Evil").isEmpty(), "no header injected");
    assertFalse(
        r.headers().firstValue("X-Dispatches-Query").orElseThrow().matches("(?s).*[\\r\\n=\"].*"));
    for (List<String> row : rows(r.body())) {
      for (String cell : row) {
        assertFalse(
            !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
            "live formula cell: " + cell);
      }
    }
    HttpResponse<String> titles = server.get("/api/export?format=csv&q=mediators");
    assertTrue(
        titles.body().contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""),
        titles.body());
  }

  @Test
  void cellsDefuseEveryFormulaStart() {
    for (String s : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1")) {
      String cell = CsvCells.cell(s);
      assertTrue(cell.startsWith("'") || cell.startsWith("\"'"), s + " -> " + cell);
    }
    assertEquals("plain", CsvCells.cell("plain"));
    assertEquals("\"a,b\"", CsvCells.cell("a,b"));
  }
}
