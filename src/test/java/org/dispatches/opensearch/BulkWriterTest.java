package org.dispatches.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.dispatches.index.WriteOutcomes;
import org.dispatches.ingest.SourceLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bulk writer against a scripted stand-in for the cluster's bulk endpoint: busy and failing
 * answers are retried, item errors are reported per document, and every document is accounted for.
 */
class BulkWriterTest {
  private static final BulkOptions FAST = new BulkOptions(10, 1 << 20, 2, 3, Duration.ofMillis(5));
  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger maxConcurrent = new AtomicInteger();
  private final AtomicInteger concurrent = new AtomicInteger();

  /** Serves /idx/_bulk with {@code answer}(request number, ndjson lines) → (status, body). */
  private ClusterHttp cluster(Function<Call, Answer> answer) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.createContext("/idx/_bulk", exchange -> {
      int now = concurrent.incrementAndGet();
      maxConcurrent.accumulateAndGet(now, Math::max);
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      List<String> ids = new ArrayList<>();
      for (String line : body.split("\n")) {
        if (line.startsWith("{\"index\""))
          ids.add(com.google.gson.JsonParser.parseString(line)
              .getAsJsonObject()
              .getAsJsonObject("index")
              .get("_id")
              .getAsString());
      }
      sleep(20); // long enough for the writer to reach its in-flight limit
      Answer a = answer.apply(new Call(requests.incrementAndGet(), ids));
      byte[] out = a.body().getBytes(StandardCharsets.UTF_8);
      concurrent
          .decrementAndGet(); // before answering: the writer may send its next request at once
      exchange.sendResponseHeaders(a.status(), out.length);
      exchange.getResponseBody().write(out);
      exchange.close();
    });
    server.start();
    return new ClusterHttp(
        "http://127.0.0.1:" + server.getAddress().getPort(),
        Duration.ofSeconds(1),
        Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    if (server != null) server.stop(0);
  }

  @Test
  void busyAndUnavailableAnswersAreRetriedUntilAcknowledged() throws Exception {
    // the first two requests are refused whole (429, then 503); later ones succeed
    Outcomes outcomes = write(
        cluster(c -> c.number() == 1
            ? new Answer(429, "{\"error\":\"busy\"}")
            : c.number() == 2 ? new Answer(503, "{}") : ok(c, id -> 201)),
        25);
    assertEquals(25, outcomes.acknowledged.get());
    assertEquals(List.of(), outcomes.failed);
  }

  @Test
  void itemErrorsAreReportedPerDocumentAndBusyItemsRetried() throws Exception {
    AtomicInteger tries = new AtomicInteger();
    // doc-3 is malformed for the cluster; doc-4 is refused as busy once, then accepted
    Outcomes outcomes = write(
        cluster(c -> ok(
            c,
            id -> id.equals("doc-3")
                ? 400
                : id.equals("doc-4") && tries.getAndIncrement() == 0 ? 429 : 201)),
        10);
    assertEquals(9, outcomes.acknowledged.get());
    assertEquals(1, outcomes.failed.size());
    assertTrue(
        outcomes
            .failed
            .get(0)
            .startsWith("f.jsonl:3: rejected by OpenSearch: mapper_parsing_exception"),
        outcomes.failed.toString());
  }

  @Test
  void aRequestRefusedForGoodFailsItsDocumentsWithTheReason() throws Exception {
    Outcomes outcomes = write(
        cluster(
            c -> new Answer(503, "{\"error\":{\"type\":\"unavailable\",\"reason\":\"no shard\"}}")),
        5);
    assertEquals(0, outcomes.acknowledged.get());
    assertEquals(5, outcomes.failed.size());
    assertTrue(
        outcomes
            .failed
            .get(0)
            .contains("not acknowledged after 4 attempts: HTTP 503: unavailable: no shard"),
        outcomes.failed.get(0));
  }

  @Test
  void noMoreThanTheAllowedRequestsAreInFlight() throws Exception {
    Outcomes outcomes = write(cluster(c -> ok(c, id -> 201)), 200);
    assertEquals(200, outcomes.acknowledged.get());
    assertEquals(20, requests.get());
    assertTrue(maxConcurrent.get() <= FAST.maxInFlight(), "in flight: " + maxConcurrent.get());
  }

  @Test
  void anUnreachableClusterIsAClearErrorAndNothingIsCountedAsIndexed() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ClusterHttp nobody =
        new ClusterHttp("http://127.0.0.1:" + port, Duration.ofSeconds(1), Duration.ofSeconds(1));
    ClusterUnreachableException e =
        assertThrows(ClusterUnreachableException.class, () -> ClusterHealth.ping(nobody));
    assertTrue(
        e.getMessage().startsWith("cannot reach OpenSearch at http://127.0.0.1:" + port),
        e.getMessage());
    Outcomes outcomes = write(nobody, 3);
    assertEquals(0, outcomes.acknowledged.get());
    assertEquals(3, outcomes.failed.size());
  }

  private static Outcomes write(ClusterHttp http, int docs) throws IOException {
    Outcomes outcomes = new Outcomes();
    try (BulkWriter writer = new BulkWriter(http, "idx", FAST, outcomes)) {
      for (int i = 1; i <= docs; i++) {
        JsonObject doc = new JsonObject();
        doc.addProperty("title", "report " + i);
        writer.add("doc-" + i, doc, new SourceLocation("f.jsonl", "f.jsonl", i, true));
      }
    }
    return outcomes;
  }

  /** A 200 answer with one item per document, each with the status {@code status} gives its id. */
  private static Answer ok(Call call, Function<String, Integer> status) {
    JsonArray items = new JsonArray();
    for (String id : call.ids()) {
      JsonObject item = new JsonObject();
      int s = status.apply(id);
      item.addProperty("_id", id);
      item.addProperty("status", s);
      if (s >= 300) {
        JsonObject error = new JsonObject();
        error.addProperty(
            "type", s == 429 ? "es_rejected_execution_exception" : "mapper_parsing_exception");
        error.addProperty("reason", "refused");
        item.add("error", error);
      }
      JsonObject wrapper = new JsonObject();
      wrapper.add("index", item);
      items.add(wrapper);
    }
    JsonObject body = new JsonObject();
    body.addProperty("errors", true);
    body.add("items", items);
    return new Answer(200, body.toString());
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Call(int number, List<String> ids) {}

  private record Answer(int status, String body) {}

  private static final class Outcomes implements WriteOutcomes {
    final AtomicLong acknowledged = new AtomicLong();
    final List<String> failed = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void indexed(SourceLocation where) {
      acknowledged.incrementAndGet();
    }

    @Override
    public void failed(SourceLocation where, String reason) {
      failed.add(where + ": " + reason);
    }
  }
}
