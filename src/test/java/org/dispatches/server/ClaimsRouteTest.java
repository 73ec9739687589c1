package org.dispatches.server;

import static org.dispatches.testing.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dispatches.claims.SeriesReader;
import org.dispatches.claims.SeriesStore;
import org.dispatches.testing.TestIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/claims} and {@code /api/series} over a few reports and a small series, through HTTP. */
class ClaimsRouteTest {
  @TempDir
  static Path dir;

  private static TestIndex index;
  private static DispatchesServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    index = new TestIndex(List.of(
        report(
            "a",
            "Toll passes 30,000",
            "The death toll in Gaza has risen to 30,035, the Gaza health ministry said.",
            "2024-02-29",
            "Reuters"),
        report(
            "b",
            "Toll lags",
            "At least 29,900 Palestinians have been killed since October 7, the Gaza health ministry said.",
            "2024-03-01",
            "BBC News"),
        report(
            "c",
            "Strike on camp",
            "An air strike on the camp killed 45 people, the Gaza health ministry said.",
            "2024-03-01",
            "BBC News"),
        report(
            "d",
            "A far figure",
            "The war has killed 40,000 people, according to the Gaza health ministry.",
            "2024-03-01",
            "Al Jazeera"),
        report(
            "e",
            "Soldiers",
            "Israel's military said 242 soldiers had been killed in the ground operation.",
            "2024-03-01",
            "Reuters")));
    Path csv = Files.writeString(
        dir.resolve("toll.csv"),
        "date,killed\n2024-02-26,29782\n2024-02-27,29878\n2024-02-28,29954\n2024-02-29,30035\n2024-03-01,30228\n");
    SeriesStore store = SeriesStore.beside(dir.resolve("index"));
    store.save(new SeriesReader(null, null).read(csv, "gaza", "killed"));
    server = new DispatchesServer(
            new ServerConfig("127.0.0.1", 0, null, Set.of()).withSeriesDir(store.dir()),
            index.service)
        .start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    index.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), r.body());
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  @Test
  void claimsCarryTheirReferenceAndGap() throws Exception {
    JsonObject body = json("/api/claims?kind=killed&series=gaza");
    Map<String, JsonObject> byReport = new HashMap<>();
    for (JsonElement e : body.getAsJsonArray("claims"))
      byReport.put(e.getAsJsonObject().get("report").getAsString(), e.getAsJsonObject());
    JsonObject onTheDay = byReport.get("a").getAsJsonObject("reference");
    assertEquals("2024-02-29", onTheDay.get("date").getAsString());
    assertEquals(0.0, onTheDay.get("gap").getAsDouble());
    // stated a day late: matches the day before, exactly
    JsonObject lagging = byReport.get("b").getAsJsonObject("reference");
    assertEquals(29_878, lagging.get("value").getAsLong());
    assertEquals("2024-02-27", lagging.get("date").getAsString());
    // one strike's dead are not compared with the war's toll
    assertTrue(byReport.get("c").get("reference").isJsonNull());
    assertTrue(!byReport.get("c").get("cumulative").getAsBoolean());
    double far = byReport.get("d").getAsJsonObject("reference").get("gap").getAsDouble();
    assertEquals((40_000 - 30_228) / 30_228.0, far, 1e-9);
    // the comparison counts what the claims carry
    long compared = 0;
    long within = 0;
    long holding = 0;
    for (JsonElement e : body.getAsJsonArray("claims")) {
      JsonElement ref = e.getAsJsonObject().get("reference");
      if (ref.isJsonNull()) continue;
      compared++;
      if (Math.abs(ref.getAsJsonObject().get("gap").getAsDouble()) <= 0.03) within++;
      if (ref.getAsJsonObject().get("holds").getAsBoolean()) holding++;
    }
    JsonObject comparison = body.getAsJsonObject("comparison");
    assertTrue(compared >= 3, "a, b and d at least: " + compared);
    assertEquals(compared, comparison.get("compared").getAsLong());
    assertEquals(within, comparison.get("within").getAsLong());
    assertEquals(holding, comparison.get("holding").getAsLong());
    assertTrue(holding >= within);
    assertEquals(compared - 1, within, "only d is far");
  }

  @Test
  void filtersAndTheDailySummary() throws Exception {
    JsonObject body =
        json("/api/claims?kind=killed&attribution=GAZA+HEALTH+MINISTRY&from=2024-03-01");
    assertEquals(3, body.get("total").getAsLong());
    assertTrue(body.get("comparison").isJsonNull());
    JsonArray rows = body.getAsJsonObject("summary").getAsJsonArray("rows");
    assertEquals(1, rows.size());
    JsonObject row = rows.get(0).getAsJsonObject();
    assertEquals("2024-03-01", row.get("period").getAsString());
    assertEquals(3, row.get("count").getAsLong());
    assertEquals(45, row.get("min").getAsLong());
    assertEquals(29_900.0, row.get("median").getAsDouble());
    assertEquals(40_000, row.get("max").getAsLong());
  }

  @Test
  void csvHasOneRowPerClaim() throws Exception {
    HttpResponse<String> r = get("/api/claims?kind=killed&format=csv&series=gaza");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
    List<String> lines = r.body().lines().toList();
    assertTrue(
        lines.get(0).startsWith("\uFEFFdate,outlet,kind,value"),
        "a byte-order mark, then the header, as export");
    long claims = json("/api/claims?kind=killed").get("total").getAsLong();
    assertEquals(claims, lines.size() - 1);
    // a claim under the series has a ratio under 1, a plain number a spreadsheet reads as one
    int ratioAt = List.of(lines.get(0).substring(1).split(",")).indexOf("ratio");
    assertTrue(
        lines.stream()
            .skip(1)
            .map(l -> l.split(","))
            .filter(c -> c.length > ratioAt && !c[ratioAt].isEmpty())
            .anyMatch(c -> Double.parseDouble(c[ratioAt]) < 1),
        r.body());
  }

  @Test
  void theSeriesItself() throws Exception {
    JsonObject s = json("/api/series/gaza");
    assertEquals("killed", s.get("kind").getAsString());
    assertEquals(5, s.getAsJsonArray("points").size());
    assertEquals(
        "2024-02-26", s.getAsJsonArray("points").get(0).getAsJsonArray().get(0).getAsString());
    assertEquals(
        "gaza",
        json("/api/series")
            .getAsJsonArray("series")
            .get(0)
            .getAsJsonObject()
            .get("name")
            .getAsString());
  }

  @Test
  void badRequestsSayWhatToFix() throws Exception {
    assertEquals(404, get("/api/series/lebanon").statusCode());
    assertEquals(404, get("/api/claims?series=lebanon").statusCode());
    assertEquals(400, get("/api/series/a.b").statusCode());
    assertEquals(400, get("/api/claims?kind=casualties").statusCode());
    assertEquals(400, get("/api/claims?claim=rumour").statusCode());
    assertEquals(400, get("/api/claims?interval=month").statusCode());
    // a query that cannot be read is a 400 JSON error before the first byte, in either format
    for (String format : List.of("json", "csv")) {
      HttpResponse<String> bad = get("/api/claims?q=*fire&format=" + format);
      assertEquals(400, bad.statusCode(), bad.body());
      assertEquals(
          "bad_query",
          JsonParser.parseString(bad.body())
              .getAsJsonObject()
              .getAsJsonObject("error")
              .get("code")
              .getAsString());
    }
    HttpResponse<String> r = get("/api/claims?format=xml");
    assertEquals(400, r.statusCode());
    assertNull(JsonParser.parseString(r.body())
        .getAsJsonObject()
        .getAsJsonObject("error")
        .get("trace"));
  }
}
