package org.dispatches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dispatches.bench.IdleBodies;
import org.dispatches.bench.LoadResult;
import org.dispatches.bench.LoadTest;
import org.dispatches.bench.QueryTask;
import org.dispatches.bench.TaskFile;
import org.dispatches.index.IndexingOptions;
import org.dispatches.server.DispatchesServer;
import org.dispatches.server.ServerConfig;
import org.dispatches.testing.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load test for ~3 s on a tiny index: the whole built-in mix answers without an error. */
class LoadTestSmokeTest {
  @TempDir
  Path dir;

  @Test
  void theBuiltInMixRunsWithoutErrorsAndStopsOnTime() throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    SyntheticCorpus.write(corpus, 300, 7);
    Path index = dir.resolve("index");
    IndexCommand.run(
        index,
        List.of(corpus),
        IndexingOptions.defaults().withRebuild(true),
        new PrintStream(new ByteArrayOutputStream()));
    List<QueryTask> mix = LoadTestCommand.defaultTasks();
    assertTrue(
        mix.stream().map(QueryTask::category).distinct().count() >= 8,
        "the mix covers the categories");
    try (OpenIndex open = OpenIndex.open(index);
        DispatchesServer server = new DispatchesServer(
                new ServerConfig("127.0.0.1", 0, null, java.util.Set.of()), open.service())
            .start()) {
      long start = System.nanoTime();
      LoadResult result =
          new LoadTest(URI.create("http://127.0.0.1:" + server.port()), mix, 8).run(3);
      double seconds = (System.nanoTime() - start) / 1e9;
      assertEquals(0, result.errorCount(), result.report());
      assertTrue(result.requests() >= mix.size(), result.report());
      assertTrue(seconds < 30, "the load test must stop by itself: " + seconds);
      assertTrue(result.p50() <= result.p95() && result.p95() <= result.p99());
    }
  }

  @Test
  void theHostileMixIsAnsweredWithinTheDeadlineAndNeverFails() throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    SyntheticCorpus.write(corpus, 300, 7);
    Path index = dir.resolve("index");
    IndexCommand.run(
        index,
        List.of(corpus),
        IndexingOptions.defaults().withRebuild(true),
        new PrintStream(new ByteArrayOutputStream()));
    List<QueryTask> hostile = LoadTestCommand.hostileTasks();
    assertEquals(
        Set.of("regex", "fuzzy", "wildcard"),
        hostile.stream().map(QueryTask::category).collect(java.util.stream.Collectors.toSet()));
    try (OpenIndex open = OpenIndex.open(index);
        DispatchesServer server = new DispatchesServer(
                new ServerConfig("127.0.0.1", 0, null, Set.of()), open.service())
            .start();
        IdleBodies idle =
            new IdleBodies(URI.create("http://127.0.0.1:" + server.port()), 16).start()) {
      URI base = URI.create("http://127.0.0.1:" + server.port());
      LoadResult attack = new LoadTest(base, hostile, 4, Set.of(200, 400, 503)).run(3);
      LoadResult normal = new LoadTest(base, LoadTestCommand.defaultTasks(), 4).run(3);
      assertEquals(0, attack.errorCount(), attack.report());
      assertEquals(
          0,
          normal.errorCount(),
          "idle-body connections and hostile clients must not fail normal searches: "
              + normal.report());
      assertTrue(
          attack.refused().keySet().stream().anyMatch(k -> k.startsWith("regex HTTP 400")),
          "a bound refused a regex: " + attack.report());
      assertTrue(idle.opened() >= 16);
    }
  }

  @Test
  void itRefusesToLoadAnotherMachine() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new LoadTest(
            URI.create("http://192.0.2.1:8080"), TaskFile.parse("k | q=x", "test"), 1));
  }

  @Test
  void taskLinesBecomeApiRequests() throws Exception {
    List<QueryTask> tasks = TaskFile.parse("""
        # a comment
        phrase | q="prisoner exchange"
        date | from=2024-01-01&to=2024-03-31
        figure | q=killed:>100
        regex | q=/(ab|cd)/
        """, "test");
    assertEquals(
        List.of(
            "/api/search?q=%22prisoner+exchange%22",
            "/api/search?from=2024-01-01&to=2024-03-31",
            "/api/search?q=killed%3A%3E100",
            "/api/search?q=%2F%28ab%7Ccd%29%2F"),
        tasks.stream().map(QueryTask::pathAndQuery).toList());
    assertEquals("regex", tasks.get(3).category());
  }

  @Test
  void aLineInAnotherFormatIsAClearError() {
    java.io.IOException e = assertThrows(
        java.io.IOException.class,
        () -> TaskFile.parse("phrase: \"prisoner exchange\"", "mine.txt"));
    assertTrue(
        e.getMessage().startsWith("mine.txt:1: expected \"category | parameters\""),
        e.getMessage());
  }
}
