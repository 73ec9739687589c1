package org.dispatches.server;

import static org.dispatches.testing.RunningServer.encode;
import static org.dispatches.testing.RunningServer.json;
import static org.dispatches.testing.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dispatches.api.ActorNames;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.ingest.RawReport;
import org.dispatches.search.SearchService;
import org.dispatches.testing.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API's limits answer with clear 400s (or 503 for a timed-out search), and deep results come by cursor. */
class ServerLimitsTest {
  private static final int REPORTS = 130;
  private static RunningServer server;

  @BeforeAll
  static void start() throws Exception {
    List<RawReport> reports = new ArrayList<>();
    for (int i = 0; i < REPORTS; i++) {
      reports.add(report(
          "r" + i,
          "Ceasefire update " + i,
          "Day " + i + " of the ceasefire talks in Cairo; aid trucks waited.",
          "2024-" + String.format("%02d-%02d", 1 + i % 12, 1 + i % 28),
          i % 2 == 0 ? "Reuters" : "BBC News"));
    }
    reports.add(report(
        "xss",
        "Script <b>title</b>",
        "The ceasefire page showed <script>alert('x')</script> to readers.",
        "2024-05-05",
        "Reuters"));
    server = new RunningServer(reports, null);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static void assertError(
      HttpResponse<String> r, int status, String code, String messagePart) {
    assertEquals(status, r.statusCode(), r.body());
    JsonObject error = json(r).getAsJsonObject("error");
    assertEquals(code, error.get("code").getAsString());
    assertTrue(error.get("message").getAsString().contains(messagePart), r.body());
    assertFalse(r.body().contains("at org."), "a stack trace reached the client");
  }

  @Test
  void snippetsEscapeHtmlFromTheReportText() throws Exception {
    JsonObject body = json(server.get("/api/search?q=" + encode("alert script")));
    assertEquals(1, body.get("total").getAsInt());
    String snippet =
        body.getAsJsonArray("hits").get(0).getAsJsonObject().get("snippet").getAsString();
    assertTrue(
        snippet
            .replace("<mark>", "")
            .replace("</mark>", "")
            .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        snippet);
    assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
  }

  @Test
  void overLongQueriesPagesAndSizesAreClear400s() throws Exception {
    assertError(
        server.get("/api/search?q=" + encode("ceasefire ".repeat(120))),
        400,
        "bad_query",
        "longer than 1000");
    assertError(
        server.get("/api/search?q=ceasefire&size=101"),
        400,
        "bad_parameter",
        "size must be between 1 and 100");
    assertError(
        server.get("/api/search?q=ceasefire&size=100&page=101"),
        400,
        "bad_parameter",
        "nextCursor");
    assertError(server.get("/api/search?q=" + encode("*fire")), 400, "bad_query", "");
  }

  @Test
  void aQueryWithTooManyClausesIsA400() throws Exception {
    StringBuilder query = new StringBuilder();
    for (int i = 0; query.length() < 990; i++) query.append(i % 10).append(' ');
    assertError(
        server.get("/api/search?q=" + encode(query.toString().strip())),
        400,
        "too_many_clauses",
        "clauses");
  }

  @Test
  void cursorsReadEveryResultOnceInOrderForDateAndRelevance() throws Exception {
    for (String sort : List.of("-date", "date", "relevance")) {
      List<String> byCursor = new ArrayList<>();
      String cursor = null;
      for (int guard = 0; guard < 20; guard++) {
        String url = "/api/search?q=ceasefire&facets=outlet&size=25&sort=" + sort
            + (cursor == null ? "" : "&cursor=" + encode(cursor));
        JsonObject body = json(server.get(url));
        for (JsonElement h : body.getAsJsonArray("hits"))
          byCursor.add(h.getAsJsonObject().get("id").getAsString());
        JsonElement next = body.get("nextCursor");
        if (next == null || next.isJsonNull()) break;
        cursor = next.getAsString();
      }
      assertEquals(REPORTS + 1, byCursor.size(), sort);
      assertEquals(REPORTS + 1, new HashSet<>(byCursor).size(), sort + ": a report came twice");
      List<String> byPage = new ArrayList<>();
      for (int page = 1; page <= 2; page++) {
        for (JsonElement h : json(server.get(
                "/api/search?q=ceasefire&facets=none&size=100&page=" + page + "&sort=" + sort))
            .getAsJsonArray("hits")) byPage.add(h.getAsJsonObject().get("id").getAsString());
      }
      assertEquals(byPage, byCursor, sort + ": cursor order differs from page order");
    }
  }

  @Test
  void aForgedOrMismatchedCursorIsA400() throws Exception {
    assertError(
        server.get("/api/search?q=ceasefire&cursor=bm90LWEtY3Vyc29y"),
        400,
        "bad_parameter",
        "cursor");
    String cursor =
        json(server.get("/api/search?q=ceasefire&sort=-date")).get("nextCursor").getAsString();
    assertError(
        server.get("/api/search?q=ceasefire&sort=date&cursor=" + encode(cursor)),
        400,
        "bad_parameter",
        "sort=-date");
  }

  @Test
  void aSearchPastItsTimeLimitIsA503WithAMessage() throws Exception {
    SearchService impatient = new SearchService(
        server.index.searchers, new ActorNames(Gazetteer.loadDefault()), Duration.ZERO);
    try (DispatchesServer slow =
        new DispatchesServer(new ServerConfig("127.0.0.1", 0, null, Set.of()), impatient).start()) {
      var client = java.net.http.HttpClient.newHttpClient();
      var r = client.send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                  "http://127.0.0.1:" + slow.port() + "/api/search?q=ceasefire"))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertError(r, 503, "search_timeout", "was stopped");
      assertEquals("1", r.headers().firstValue("retry-after").orElse(null));
    }
    assertEquals(
        200,
        server.get("/api/search?q=ceasefire").statusCode(),
        "the default limit lets normal searches through");
  }

  @Test
  void everyResponseSaysNosniff() throws Exception {
    for (String path :
        List.of("/api/search?q=ceasefire", "/api/health", "/api/nope", "/api/search?size=0")) {
      assertEquals(
          "nosniff",
          server.get(path).headers().firstValue("x-content-type-options").orElse(null),
          path);
    }
  }

  @Test
  void nextCursorIsAbsentOnTheLastPage() throws Exception {
    JsonObject body = json(server.get("/api/search?q=" + encode("alert script")));
    assertNotNull(body.get("nextCursor"));
    assertTrue(body.get("nextCursor").isJsonNull());
  }
}
