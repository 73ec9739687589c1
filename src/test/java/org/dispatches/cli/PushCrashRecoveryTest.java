package org.dispatches.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.store.FSDirectory;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.index.IndexSummary;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.PushedReports;
import org.dispatches.index.ReportIndexer;

/**
 * The crash test through a push's batch: a server with a write token takes pushes of 100 reports
 * until it is killed once a fifth of the corpus is acknowledged (a push commits before it answers),
 * then the whole corpus is pushed again into the same index.
 */
class PushCrashRecoveryTest extends CrashRecoveryContract {
  private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");
  private static final int BATCH = 100;
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private Thread pusher;
  private List<String> lines;

  private Path index() {
    return dir.resolve("index");
  }

  /** Makes the empty committed index a server opens; the server is then the process killed. */
  @Override
  List<String> childArguments(Path corpus) throws IOException {
    try (FSDirectory fs = FSDirectory.open(index());
        ReportIndexer empty = new ReportIndexer(
            fs, IndexingOptions.defaults().withRebuild(true), ArticleExtractor.withDefaults())) {
      empty.commit();
    }
    lines = Files.readAllLines(corpus);
    return List.of(
        "serve",
        "--index",
        index().toString(),
        "--port",
        "0",
        "--web",
        dir.resolve("none").toString(),
        "--write-token",
        "tok");
  }

  @Override
  void started(Process child, Path log) throws Exception {
    int port = awaitPort(child, log);
    pusher = new Thread(() -> pushAll(port), "pusher");
    pusher.start();
  }

  /** Pushes the corpus a batch at a time, noting each batch the server acknowledged, until it dies. */
  private void pushAll(int port) {
    HttpClient client = HttpClient.newHttpClient();
    for (int from = 0; from < lines.size(); from += BATCH) {
      List<String> batch = lines.subList(from, Math.min(lines.size(), from + BATCH));
      try {
        HttpResponse<String> answer = client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/reports"))
                .header("Authorization", "Bearer tok")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", batch) + "\n"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) return;
        for (int i = 0; i < batch.size(); i++) acknowledged.add("syn-" + (from + i));
      } catch (IOException | InterruptedException killed) {
        return; // the server is gone
      }
    }
  }

  @Override
  long durable() {
    return acknowledged.size();
  }

  @Override
  Set<String> idsAfterKill() throws Exception {
    pusher.join();
    Set<String> ids = new HashSet<>(LuceneCrashRecoveryTest.checkedIds(index()));
    assertTrue(ids.containsAll(acknowledged), "a report whose push was acknowledged was lost");
    return ids;
  }

  @Override
  IndexSummary rerun(Path corpus) throws Exception {
    try (FSDirectory fs = FSDirectory.open(index());
        ReportIndexer indexer =
            new ReportIndexer(fs, IndexingOptions.defaults(), ArticleExtractor.withDefaults())) {
      byte[] all = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
      return new PushedReports(indexer).push(all);
    }
  }

  @Override
  List<String> idsAfterRerun() throws IOException {
    return LuceneCrashRecoveryTest.checkedIds(index());
  }

  /** Watches the child's output until it says where it serves. */
  private static int awaitPort(Process server, Path log) throws Exception {
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (System.nanoTime() < deadline && server.isAlive()) {
      Matcher m = SERVING.matcher(Files.exists(log) ? Files.readString(log) : "");
      if (m.find()) return Integer.parseInt(m.group(1));
      Thread.sleep(100);
    }
    throw new AssertionError("the server never started: " + Files.readString(log));
  }
}
