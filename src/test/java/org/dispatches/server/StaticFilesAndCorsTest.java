package org.dispatches.server;

import static org.dispatches.testing.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dispatches.testing.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Static files stay inside the web folder with the right types and headers; CORS covers reads only. */
class StaticFilesAndCorsTest {
  private static final String SECRET = "secret-outside-the-web-folder";

  @TempDir
  static Path root;

  private static RunningServer server;
  private static RunningServer restricted;

  @BeforeAll
  static void start() throws Exception {
    Path web = Files.createDirectories(root.resolve("web"));
    Files.writeString(root.resolve("secret.txt"), SECRET);
    Files.writeString(web.resolve("index.html"), "<!doctype html><title>Dispatches</title>");
    Files.writeString(web.resolve("app.js"), "console.log('app');");
    Files.writeString(web.resolve("app.css"), "body{margin:0}");
    Files.writeString(web.resolve("logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    Files.write(
        web.resolve("icon.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
    Files.writeString(web.resolve(".hidden"), SECRET);
    var reports =
        List.of(report("a", "Ceasefire", "Ceasefire talks resumed.", "2024-04-08", "Reuters"));
    server = new RunningServer(reports, web);
    restricted = new RunningServer(reports, web, Set.of("https://news.example"));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    restricted.close();
  }

  @Test
  void traversalInEveryEncodingStaysOutside() throws Exception {
    for (String path : List.of(
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/..%2fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "/%252e%252e%252fsecret.txt",
        "/.%2e/secret.txt",
        "/x/../../secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/.hidden",
        "/index.html%00.js",
        "//secret.txt")) {
      String response = rawGet(path);
      assertFalse(response.contains(SECRET), path + " leaked: " + response);
      assertFalse(
          response.startsWith("HTTP/1.1 200"),
          path + ": " + response.lines().findFirst().orElse(""));
    }
  }

  @Test
  void filesHaveTheirContentTypesAndNosniff() throws Exception {
    Map<String, String> types = Map.of(
        "/app.js",
        "javascript",
        "/app.css",
        "text/css",
        "/logo.svg",
        "image/svg+xml",
        "/icon.png",
        "image/png",
        "/index.html",
        "text/html",
        "/",
        "text/html");
    for (var e : types.entrySet()) {
      HttpResponse<String> r = server.get(e.getKey());
      assertEquals(200, r.statusCode(), e.getKey());
      assertTrue(
          r.headers().firstValue("content-type").orElse("").contains(e.getValue()),
          e.getKey() + ": " + r.headers());
      assertEquals(
          "nosniff", r.headers().firstValue("x-content-type-options").orElse(null), e.getKey());
    }
  }

  @Test
  void thePageHasAPolicyThatAllowsNoInlineScript() throws Exception {
    String csp = server.get("/").headers().firstValue("content-security-policy").orElse("");
    assertTrue(
        csp.contains("script-src 'self'")
            && !csp.contains("unsafe-inline")
            && csp.contains("object-src 'none'"),
        csp);
    assertEquals(
        "",
        server.get("/app.js").headers().firstValue("content-security-policy").orElse(""));
  }

  @Test
  void corsAllowsReadsAndPreflightButNotWrites() throws Exception {
    HttpResponse<String> get =
        server.get("/api/search?q=ceasefire", "Origin", "https://any.example");
    assertEquals("*", get.headers().firstValue("access-control-allow-origin").orElse(null));
    assertTrue(
        get.headers()
            .firstValue("access-control-expose-headers")
            .orElse("")
            .contains("X-Dispatches-Query"),
        "a script on another site could not read an export's metadata headers");
    HttpResponse<String> preflight =
        server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/search"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", "https://any.example")
            .header("Access-Control-Request-Method", "POST"));
    assertEquals(204, preflight.statusCode());
    assertEquals(
        "GET, OPTIONS",
        preflight.headers().firstValue("access-control-allow-methods").orElse(null));
    HttpResponse<String> post =
        server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/reports"))
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .header("Origin", "https://any.example"));
    assertTrue(
        post.headers().firstValue("access-control-allow-origin").isEmpty(),
        "a write got CORS headers");
    assertEquals(403, post.statusCode(), "writes are off without a token: " + post.body());
  }

  @Test
  void configuredOriginsAreTheOnlyOnesAllowed() throws Exception {
    HttpResponse<String> allowed =
        restricted.get("/api/search?q=ceasefire", "Origin", "https://news.example");
    assertEquals(
        "https://news.example",
        allowed.headers().firstValue("access-control-allow-origin").orElse(null));
    HttpResponse<String> other =
        restricted.get("/api/search?q=ceasefire", "Origin", "https://evil.example");
    assertEquals(200, other.statusCode());
    assertTrue(other.headers().firstValue("access-control-allow-origin").isEmpty());
    assertNotEquals(
        "*", other.headers().firstValue("access-control-allow-origin").orElse(""));
  }

  /** Sends the request line byte for byte: HTTP clients normalise dots and escapes away. */
  private static String rawGet(String path) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
