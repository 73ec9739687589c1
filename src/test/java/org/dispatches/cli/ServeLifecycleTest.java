package org.dispatches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.dispatches.index.IndexingOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server with a write token in its own process: it holds the index (an index run is refused with
 * a clear message), takes a push, and on SIGTERM closes the index cleanly with the push in it.
 */
class ServeLifecycleTest {
  private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir
  Path dir;

  @Test
  void writableServerLocksTheIndexTakesPushesAndClosesCleanlyOnSigterm() throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    Files.writeString(corpus, "{\"id\":\"c1\",\"body\":\"Ceasefire talks resumed in Cairo.\"}\n");
    Path index = dir.resolve("index");
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    IndexCommand.run(index, List.of(corpus), IndexingOptions.defaults().withRebuild(true), quiet);

    String java = ProcessHandle.current().info().command().orElse("java");
    Process server = new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "serve",
            "--index",
            index.toString(),
            "--port",
            "0",
            "--web",
            dir.resolve("none").toString(),
            "--write-token",
            "tok")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("server.log").toFile())
        .start();
    try {
      int port = awaitPort(server, dir.resolve("server.log"));
      IOException locked = assertThrows(
          IOException.class,
          () -> IndexCommand.run(index, List.of(corpus), IndexingOptions.defaults(), quiet));
      assertTrue(
          locked.getMessage().contains("locked by a running server")
              && locked.getMessage().contains("POST /api/reports"),
          locked.getMessage());

      HttpResponse<String> push = HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/reports"))
                  .header("Authorization", "Bearer tok")
                  .POST(HttpRequest.BodyPublishers.ofString(
                      "{\"id\":\"pushed\",\"body\":\"Aid trucks entered Rafah.\"}\n"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, push.statusCode(), push.body());
    } finally {
      server.destroy(); // SIGTERM: the shutdown hook drains requests, commits and closes the writer
      assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server did not stop on SIGTERM");
    }
    String log = Files.readString(dir.resolve("server.log"));
    assertTrue(log.contains("index closed cleanly"), log);
    try (FSDirectory fs = FSDirectory.open(index)) {
      try (CheckIndex check = new CheckIndex(fs)) { // also proves write.lock was released
        check.setInfoStream(new PrintStream(new ByteArrayOutputStream()));
        assertTrue(check.checkIndex().clean);
      }
      try (DirectoryReader reader = DirectoryReader.open(fs)) {
        assertEquals(2, reader.numDocs());
      }
    }
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
