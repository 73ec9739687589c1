package org.dispatches.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.dispatches.api.ActorNames;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.PushedReports;
import org.dispatches.index.ReportIndexer;
import org.dispatches.search.SearchService;
import org.dispatches.search.SearcherSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/reports}: only with the token, bounded, counted; pushed reports are searchable at once. */
class PushRouteTest {
  private static final String TOKEN = "s3cret-token";
  private final HttpClient client = HttpClient.newHttpClient();
  private ByteBuffersDirectory directory;
  private ReportIndexer indexer;
  private SearcherSource searchers;
  private DispatchesServer server;

  @BeforeEach
  void start() throws Exception {
    directory = new ByteBuffersDirectory();
    indexer = new ReportIndexer(
        directory, new IndexingOptions(true, 1, 16), ArticleExtractor.withDefaults());
    indexer.commit();
    searchers = SearcherSource.open(indexer.writer());
    SearchService service = new SearchService(searchers, new ActorNames(Gazetteer.loadDefault()));
    ServerConfig config = new ServerConfig("127.0.0.1", 0, null, Set.of(), TOKEN, 4096);
    server = new DispatchesServer(config, service, new PushedReports(indexer), () -> {
          try {
            searchers.refresh();
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        })
        .start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    searchers.close();
    indexer.close();
    directory.close();
  }

  private HttpResponse<String> push(String body, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/api/reports"))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/x-ndjson");
    if (authorization != null) b.header("Authorization", authorization);
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonObject search(String q) throws Exception {
    return JsonParser.parseString(client
            .send(
                HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + server.port() + "/api/search?facets=outlet&q=" + q))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body())
        .getAsJsonObject();
  }

  @Test
  void withoutTheRightTokenNothingIsIndexed() throws Exception {
    String body = "{\"id\":\"p1\",\"body\":\"Convoy reached Khan Younis.\"}\n";
    assertEquals(401, push(body, null).statusCode());
    assertEquals(401, push(body, "Bearer wrong").statusCode());
    assertEquals(401, push(body, "Basic " + TOKEN).statusCode());
    HttpResponse<String> r = push(body, "Bearer " + TOKEN + "x");
    assertEquals(401, r.statusCode());
    assertEquals("Bearer", r.headers().firstValue("www-authenticate").orElse(null));
    assertEquals(0, search("convoy").get("total").getAsInt());
  }

  @Test
  void aBodyOverTheLimitIsA413AndAddsNothing() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; body.length() < 5000; i++)
      body.append("{\"id\":\"big").append(i).append("\",\"body\":\"Convoy report.\"}\n");
    HttpResponse<String> r = push(body.toString(), "Bearer " + TOKEN);
    assertEquals(413, r.statusCode(), r.body());
    assertTrue(r.body().contains("body_too_large"));
    assertEquals(0, search("convoy").get("total").getAsInt());
  }

  @Test
  void aPushCountsWhatItReadAndTheReportsAreSearchableAtOnce() throws Exception {
    String body = String.join(
        "\n",
        "{\"id\":\"p1\",\"title\":\"Convoy\",\"body\":\"An aid convoy reached Khan Younis.\",\"outlet\":\"Reuters\"}",
        "{\"body\":\"No id and no url.\"}",
        "{\"id\":\"p2\",\"body\":\"truncated",
        "{\"url\":\"https://example.org/a\",\"body\":\"A second convoy waited at the crossing.\"}",
        "{\"id\":\"p1\",\"body\":\"Same id again in this push.\"}",
        "");
    HttpResponse<String> r = push(body, "Bearer " + TOKEN);
    assertEquals(200, r.statusCode(), r.body());
    JsonObject counts = JsonParser.parseString(r.body()).getAsJsonObject();
    assertEquals(5, counts.get("read").getAsInt());
    assertEquals(2, counts.get("indexed").getAsInt());
    assertEquals(3, counts.get("skipped").getAsInt());
    // of the three: one repeats p1 (the first is kept), two are bad input; nothing failed
    assertEquals(1, counts.get("duplicates").getAsInt());
    assertEquals(0, counts.get("failed").getAsInt());
    String problems = counts.getAsJsonArray("problems").toString();
    assertTrue(
        problems.contains("needs an \\\"id\\\" or a \\\"url\\\"")
            && problems.contains("malformed JSON")
            && problems.contains("duplicate id p1"),
        problems);
    assertEquals(
        2,
        search("convoy").get("total").getAsInt(),
        "pushed reports are searchable without a restart");
  }

  @Test
  void searchesDuringPushesNeverFailAndSeeEveryReportAtTheEnd() throws Exception {
    AtomicBoolean pushing = new AtomicBoolean(true);
    List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
    try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
      List<Future<?>> readers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        readers.add(pool.submit(() -> {
          while (pushing.get()) {
            HttpResponse<String> s = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/search?q=ceasefire&facets=outlet,date"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
            statuses.add(s.statusCode());
          }
          return null;
        }));
      }
      for (int batch = 0; batch < 15; batch++) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 4; i++) {
          body.append("{\"id\":\"live-")
              .append(batch)
              .append('-')
              .append(i)
              .append("\",\"body\":\"Ceasefire talks, batch ")
              .append(batch)
              .append(".\",\"outlet\":\"AP\"}\n");
        }
        assertEquals(200, push(body.toString(), "Bearer " + TOKEN).statusCode());
      }
      pushing.set(false);
      for (Future<?> f : readers) f.get();
    }
    assertTrue(statuses.size() > 0);
    assertTrue(
        statuses.stream().allMatch(s -> s == 200), "a search failed during pushes: " + statuses);
    assertEquals(60, search("ceasefire").get("total").getAsInt());
  }
}
