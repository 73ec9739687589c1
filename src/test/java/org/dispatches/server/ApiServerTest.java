package org.dispatches.server;

import static org.dispatches.testing.RunningServer.encode;
import static org.dispatches.testing.RunningServer.json;
import static org.dispatches.testing.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dispatches.testing.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiServerTest {
  @TempDir
  static Path web;

  private static RunningServer server;

  @BeforeAll
  static void start() throws Exception {
    Files.writeString(web.resolve("index.html"), "<!doctype html><title>Dispatches</title>");
    Files.writeString(web.resolve("embed.js"), "console.log('embed');");
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
                "Truce holds",
                "A 50-day ceasefire was proposed.",
                "2025-03-15",
                "Al Jazeera English"),
            report("a3", "No date here", "Ceasefire analysis without a date.", null, "Reuters")),
        web);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void searchReturnsHitsSnippetsAndFacetsAsDesigned() throws Exception {
    HttpResponse<String> r = server.get("/api/search?q=ceasefire");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    JsonObject body = json(r);
    assertEquals(3, body.get("total").getAsInt());
    assertEquals("ceasefire", body.get("query").getAsString());
    var hit = body.getAsJsonArray("hits").get(0).getAsJsonObject();
    for (String field :
        List.of("id", "title", "url", "outlet", "date", "actors", "figures", "snippet")) {
      assertTrue(hit.has(field), "hit lacks " + field);
    }
    assertTrue(hit.get("snippet").getAsString().contains("<mark>"));
    JsonObject facets = body.getAsJsonObject("facets");
    assertEquals(
        2, facets.getAsJsonArray("outlet").get(0).getAsJsonObject().get("count").getAsInt());
    assertEquals(
        "2024-04",
        facets.getAsJsonArray("date").get(0).getAsJsonObject().get("value").getAsString());
  }

  @Test
  void filtersRepeatAndFacetsCanBeTurnedOff() throws Exception {
    JsonObject body = json(server.get("/api/search?outlet=Reuters&outlet="
        + encode("Al Jazeera English") + "&facets=none&from=2024-01-01"));
    assertEquals(2, body.get("total").getAsInt());
    assertEquals(0, body.getAsJsonObject("facets").size());
    body = json(server.get("/api/search?q=" + encode("killed:>30000")));
    assertEquals(1, body.get("total").getAsInt());
    assertEquals(
        33207,
        body.getAsJsonArray("hits")
            .get(0)
            .getAsJsonObject()
            .getAsJsonArray("figures")
            .get(0)
            .getAsJsonObject()
            .get("value")
            .getAsInt());
  }

  @Test
  void articleByIdAndUnknownIdIs404() throws Exception {
    JsonObject a = json(server.get("/api/articles/a3"));
    assertTrue(a.get("date").isJsonNull());
    assertEquals("Ceasefire analysis without a date.", a.get("body").getAsString());
    HttpResponse<String> missing = server.get("/api/articles/nope");
    assertEquals(404, missing.statusCode());
    assertEquals("not_found", json(missing).getAsJsonObject("error").get("code").getAsString());
  }

  @Test
  void badInputIs400WithMessageAndNoStackTrace() throws Exception {
    for (String path : List.of(
        "/api/search?q=" + encode("title:(oops"),
        "/api/search?size=1000",
        "/api/search?page=x",
        "/api/search?from=April",
        "/api/search?sort=upside",
        "/api/search?facets=colour")) {
      HttpResponse<String> r = server.get(path);
      assertEquals(400, r.statusCode(), path);
      JsonObject error = json(r).getAsJsonObject("error");
      assertFalse(error.get("message").getAsString().isBlank());
      assertFalse(r.body().contains("at org."), r.body());
    }
  }

  /** {@code wire=} is a known parameter: any name of a wire, in any case; an unknown wire is a 400 naming them. */
  @Test
  void wireFilterTakesAnyNameOfAWireAndRefusesOthers() throws Exception {
    for (String name : List.of("Reuters", "reuters", "Thomson+Reuters", "reuters.com")) {
      JsonObject body = json(server.get("/api/search?collapse=none&wire=" + name));
      assertEquals(2, body.get("total").getAsInt(), name);
    }
    assertEquals(0, json(server.get("/api/search?wire=AP")).get("total").getAsInt());
    HttpResponse<String> r = server.get("/api/search?wire=UPI");
    assertEquals(400, r.statusCode(), r.body());
    String message = json(r).getAsJsonObject("error").get("message").getAsString();
    assertTrue(message.contains("UPI") && message.contains("Associated Press"), message);
    HttpResponse<String> typo = server.get("/api/search?wires=AP");
    assertEquals(400, typo.statusCode());
    assertTrue(typo.body().contains("Did you mean wire?"), typo.body());
  }

  @Test
  void healthSuggestAndUnknownApiRoute() throws Exception {
    assertEquals(3, json(server.get("/api/health")).get("documents").getAsInt());
    JsonObject s = json(server.get("/api/suggest?q=reu"));
    assertEquals(
        "Reuters",
        s.getAsJsonArray("suggestions").get(0).getAsJsonObject().get("value").getAsString());
    assertEquals(404, server.get("/api/nothing").statusCode());
  }

  @Test
  void corsOnReadsAndPreflight() throws Exception {
    HttpResponse<String> r = server.get("/api/search?q=truce", "Origin", "https://news.example");
    assertEquals("*", r.headers().firstValue("access-control-allow-origin").orElse(null));
    HttpResponse<String> pre =
        server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/search"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", "https://news.example"));
    assertEquals(204, pre.statusCode());
    assertEquals(
        "GET, OPTIONS", pre.headers().firstValue("access-control-allow-methods").orElse(null));
    HttpResponse<String> post =
        server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/search"))
            .POST(HttpRequest.BodyPublishers.ofString("x"))
            .header("Origin", "https://news.example"));
    assertEquals(405, post.statusCode());
    assertTrue(post.headers().firstValue("access-control-allow-origin").isEmpty());
  }

  @Test
  void staticFilesAndNoTraversal() throws Exception {
    HttpResponse<String> index = server.get("/");
    assertEquals(200, index.statusCode());
    assertTrue(index.headers().firstValue("content-type").orElse("").startsWith("text/html"));
    HttpResponse<String> embed = server.get("/embed.js");
    assertTrue(embed.headers().firstValue("content-type").orElse("").contains("javascript"));
    for (String path : List.of(
        "/../pom.xml", "/%2e%2e/pom.xml", "/..%2fpom.xml", "/%2e%2e%2f%2e%2e%2fetc/passwd")) {
      HttpResponse<String> r = server.get(path);
      assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " gave " + r.statusCode());
    }
  }

  @Test
  void exportStreamsEveryMatchAsCsvAndJson() throws Exception {
    HttpResponse<String> csv = server.get("/api/export?format=csv&q=ceasefire&size=1");
    assertEquals(200, csv.statusCode());
    List<String> lines = csv.body().lines().toList();
    assertEquals("\uFEFFid,title,outlet,date,url,actors,figures,copy_group,copies", lines.get(0));
    assertEquals(3, lines.size() - 1);
    assertTrue(csv.headers().firstValue("X-Dispatches-Rows").orElseThrow().startsWith("reports"));
    JsonObject json = json(server.get("/api/export?format=json&outlet=Reuters"));
    assertEquals(2, json.get("total").getAsInt());
    assertEquals(2, json.getAsJsonArray("reports").size());
  }
}
