package org.dispatches.server;

import static org.dispatches.testing.RunningServer.encode;
import static org.dispatches.testing.RunningServer.json;
import static org.dispatches.testing.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.dispatches.api.ActorNames;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.PushedReports;
import org.dispatches.index.ReportIndexer;
import org.dispatches.ingest.RawReport;
import org.dispatches.search.SearchService;
import org.dispatches.search.SearcherSource;
import org.dispatches.testing.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an attacker on the open internet tried (issue 18): clients that announce a body and never
 * send it, bodies near the documented limit, malformed URLs, HEAD, absurd page numbers. Each gets a
 * JSON answer, and none of them keeps the server from answering everyone else.
 */
class HostileClientsTest {
  private static final String TOKEN = "hostile-test-token";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static RunningServer server;

  @TempDir
  static Path web;

  @BeforeAll
  static void start() throws Exception {
    List<RawReport> reports = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      reports.add(report(
          "r" + i,
          "Ceasefire update " + i,
          "Day " + i + " of the ceasefire talks in Cairo; aid trucks waited at the crossing.",
          "2024-" + String.format("%02d-%02d", 1 + i % 12, 1 + i % 28),
          i % 2 == 0 ? "Reuters" : "BBC News"));
    }
    Files.writeString(web.resolve("index.html"), "<!doctype html><title>t</title>");
    server = new RunningServer(reports, web);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static void assertJsonError(HttpResponse<String> r, int status, String code) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(
        r.headers().firstValue("content-type").orElse("").startsWith("application/json"),
        r.headers().toString());
    JsonObject error = json(r).getAsJsonObject("error");
    assertEquals(code, error.get("code").getAsString(), r.body());
    assertFalse(error.get("message").getAsString().isBlank());
  }

  /** Row 1: sixteen connections that promise a body and never send it, to a GET and to the push route. */
  @Test
  void clientsThatNeverSendTheirBodyDoNotHoldTheWorkers() throws Exception {
    List<Socket> idle = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        Socket s = new Socket("127.0.0.1", server.server.port());
        String target = i % 2 == 0 ? "POST /api/reports" : "GET /api/search?q=ceasefire";
        s.getOutputStream()
            .write((target
                    + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        idle.add(s);
      }
      Thread.sleep(300); // let the server take them all in
      for (int i = 0; i < 20; i++) {
        HttpResponse<String> r = CLIENT.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/search?q=ceasefire&size=5"))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
      }
    } finally {
      for (Socket s : idle) s.close();
    }
  }

  @Test
  void aGetWithABodyIsRefusedAtOnce() throws Exception {
    String answer = raw("GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n");
    assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    assertTrue(answer.contains("\"unexpected_body\""), answer);
  }

  /** Sends {@code request} as is on a new connection and reads the answer until the server closes it. */
  private static String raw(String request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.server.port())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      s.shutdownOutput();
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Row 11: Undertow's own empty-bodied errors become the API's JSON error. */
  @Test
  void malformedRequestsGetTheJsonError() throws Exception {
    StringBuilder many = new StringBuilder("/api/search?q=ceasefire");
    for (int i = 0; i < 1_001; i++) many.append("&p").append(i).append("=1");
    assertJsonError(server.get(many.toString()), 400, "bad_parameter");
    assertJsonError(server.get("/no-such-file.js"), 404, "not_found");
    assertJsonError(
        server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/search?q=x"))
            .method("DELETE", HttpRequest.BodyPublishers.noBody())),
        405,
        "method_not_allowed");
    // decoding still works for what is well formed
    JsonObject body = json(server.get("/api/search?q=" + encode("ceasefire talks") + "&size=3"));
    assertEquals(60, body.get("total").getAsInt());
    assertEquals(200, server.get("/").statusCode());
  }

  @Test
  void headOnTheApiAnswersLikeGetWithoutABody() throws Exception {
    HttpResponse<String> r =
        server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/search?q=ceasefire"))
            .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    assertTrue(r.body().isEmpty());
    HttpResponse<String> missing =
        server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/articles/nope"))
            .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertEquals(404, missing.statusCode());
    assertTrue(
        missing.headers().firstValue("content-type").orElse("").startsWith("application/json"));
  }

  /** Row 2: a search whose client hangs up is told so while it runs, and can stop. */
  @Test
  void aSearchLearnsThatItsClientHungUp() throws Exception {
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch sawHangUp = new java.util.concurrent.CountDownLatch(1);
    org.dispatches.api.SearchBackend endless = new StubBackend() {
      @Override
      public org.dispatches.api.SearchResponse search(
          org.dispatches.api.SearchRequest request, java.util.function.BooleanSupplier abandoned) {
        started.countDown();
        long end = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < end) {
          if (abandoned.getAsBoolean()) {
            sawHangUp.countDown();
            throw new org.dispatches.api.SearchTimeoutException(0);
          }
          Thread.onSpinWait();
        }
        return null;
      }
    };
    try (DispatchesServer s =
        new DispatchesServer(new ServerConfig("127.0.0.1", 0, null, Set.of()), endless).start()) {
      Socket socket = new Socket("127.0.0.1", s.port());
      socket
          .getOutputStream()
          .write("GET /api/search?q=ceasefire HTTP/1.1\r\nHost: x\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      assertTrue(started.await(10, java.util.concurrent.TimeUnit.SECONDS));
      socket.close();
      assertTrue(
          sawHangUp.await(10, java.util.concurrent.TimeUnit.SECONDS),
          "the search must learn that its client left");
    }
  }

  /** A back end that answers nothing but searches. */
  private abstract static class StubBackend implements org.dispatches.api.SearchBackend {
    @Override
    public org.dispatches.api.SearchResponse search(org.dispatches.api.SearchRequest request)
        throws java.io.IOException {
      return search(request, () -> false);
    }

    @Override
    public java.util.Optional<org.dispatches.extract.Article> article(String id) {
      return java.util.Optional.empty();
    }

    @Override
    public long count() {
      return 0;
    }

    @Override
    public List<org.dispatches.api.Suggestion> suggest(String text, int limit) {
      return List.of();
    }

    @Override
    public long forEachHit(org.dispatches.api.SearchRequest request, HitConsumer consumer) {
      return 0;
    }
  }

  /** Row 7: page numbers whose depth overflows an int. */
  @Test
  void overflowingPagesAreA400() throws Exception {
    assertJsonError(server.get("/api/search?q=ceasefire&page=2147483647"), 400, "bad_parameter");
    assertJsonError(
        server.get("/api/search?q=ceasefire&page=429496730&size=10"), 400, "bad_parameter");
    assertJsonError(server.get("/api/search?q=ceasefire&page=99999999999"), 400, "bad_parameter");
  }

  /** Row 3: the documented 10 MB limit, whether the body comes with a length or in chunks. */
  @Test
  void theDocumentedBodyLimitIsTheRealOneForLengthAndChunks() throws Exception {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        ReportIndexer indexer = new ReportIndexer(
            directory, new IndexingOptions(true, 1, 16), ArticleExtractor.withDefaults())) {
      indexer.commit();
      try (SearcherSource searchers = SearcherSource.open(indexer.writer())) {
        SearchService service =
            new SearchService(searchers, new ActorNames(Gazetteer.loadDefault()));
        ServerConfig config =
            new ServerConfig("127.0.0.1", 0, null, Set.of()).withWriteToken(TOKEN);
        try (DispatchesServer push =
            new DispatchesServer(config, service, new PushedReports(indexer), () -> {}).start()) {
          byte[] three = reports(3 * 1024 * 1024);
          URI uri = URI.create("http://127.0.0.1:" + push.port() + "/api/reports");
          HttpResponse<String> sized = send(uri, HttpRequest.BodyPublishers.ofByteArray(three));
          assertEquals(200, sized.statusCode(), sized.body());
          HttpResponse<String> chunked = send(
              uri, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(three)));
          assertEquals(200, chunked.statusCode(), chunked.body());
          assertEquals(
              json(sized).get("read").getAsInt(), json(chunked).get("read").getAsInt());
          byte[] eleven = reports(11 * 1024 * 1024);
          assertJsonError(
              send(uri, HttpRequest.BodyPublishers.ofByteArray(eleven)), 413, "body_too_large");
          assertJsonError(
              send(
                  uri,
                  HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(eleven))),
              413,
              "body_too_large");
        }
      }
    }
  }

  private static HttpResponse<String> send(URI uri, HttpRequest.BodyPublisher body)
      throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + TOKEN)
            .POST(body)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** JSON Lines reports adding up to about {@code bytes}. */
  private static byte[] reports(int bytes) {
    StringBuilder out = new StringBuilder();
    String words = "Aid trucks waited at the crossing while talks on a ceasefire went on in Cairo. "
        .repeat(40);
    for (int i = 0; out.length() < bytes; i++) {
      out.append("{\"id\":\"big")
          .append(i)
          .append("\",\"title\":\"Crossing ")
          .append(i)
          .append("\",\"body\":\"")
          .append(words)
          .append("\"}\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
