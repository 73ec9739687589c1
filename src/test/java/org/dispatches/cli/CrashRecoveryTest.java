package org.dispatches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.dispatches.index.Fields;
import org.dispatches.testing.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an indexing process with SIGKILL once periodic commits hold a fifth of the corpus, then reruns it: the
 * index opens clean, nothing committed is lost, and every report is there exactly once.
 */
class CrashRecoveryTest {
  private static final int REPORTS = 4_000;

  @TempDir
  Path dir;

  @Test
  void sigkillMidRunLosesNothingCommittedAndARerunCompletesTheIndex() throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    Path index = dir.resolve("index");
    SyntheticCorpus.write(corpus, REPORTS, 42);
    Process child = startIndexing(index, corpus);
    Set<String> committedBeforeKill;
    try {
      long committed = waitForCommitOf(REPORTS / 5, index, child);
      assertTrue(
          child.isAlive(),
          "the indexer finished before it could be killed; make the corpus larger");
      assertTrue(committed < REPORTS, "committed " + committed);
    } finally {
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no final commit
      child.waitFor();
    }
    try (FSDirectory fs = FSDirectory.open(index)) {
      assertClean(fs);
      committedBeforeKill = ids(fs);
    }
    assertTrue(
        !committedBeforeKill.isEmpty() && committedBeforeKill.size() < REPORTS,
        "committed at kill: " + committedBeforeKill.size());

    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    var summary = IndexCommand.run(
        index,
        List.of(corpus),
        org.dispatches.index.IndexingOptions.defaults().withThreads(2),
        quiet);
    assertEquals(REPORTS, summary.indexed());
    try (FSDirectory fs = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(fs)) {
      assertClean(fs);
      assertEquals(REPORTS, reader.numDocs(), "every report exactly once");
      Set<String> after = ids(fs);
      assertEquals(REPORTS, after.size());
      assertTrue(after.containsAll(committedBeforeKill), "a committed report was lost");
      System.out.printf(
          "crash test: %d of %d reports committed at SIGKILL, %d after the rerun%n",
          committedBeforeKill.size(), REPORTS, after.size());
    }
  }

  private Process startIndexing(Path index, Path corpus) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(
        java,
        "-Xmx512m",
        "-cp",
        System.getProperty("java.class.path"),
        Main.class.getName(),
        "index",
        "--index",
        index.toString(),
        "--corpus",
        corpus.toString(),
        "--rebuild",
        "--threads",
        "2",
        "--commit-every",
        "0.3"));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
  }

  /** Polls the index folder until a commit holds at least {@code min} reports; returns how many. */
  private static long waitForCommitOf(int min, Path index, Process child) throws Exception {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline && child.isAlive()) {
      if (Files.isDirectory(index)) {
        try (FSDirectory fs = FSDirectory.open(index)) {
          if (DirectoryReader.indexExists(fs)) {
            try (DirectoryReader reader = DirectoryReader.open(fs)) {
              if (reader.numDocs() >= min) return reader.numDocs();
            }
          }
        } catch (IOException racingTheWriter) {
          // a commit point vanished between listing and opening: look again
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no commit with reports appeared; child alive: " + child.isAlive()
        + ", log: " + Files.readString(index.resolveSibling("child.log")));
  }

  private static void assertClean(FSDirectory fs) throws IOException {
    try (CheckIndex check = new CheckIndex(fs)) {
      check.setInfoStream(new PrintStream(new ByteArrayOutputStream()));
      assertTrue(check.checkIndex().clean, "CheckIndex found problems");
    }
  }

  private static Set<String> ids(FSDirectory fs) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(fs)) {
      Set<String> ids = new HashSet<>();
      for (var leaf : reader.leaves()) {
        var live = leaf.reader().getLiveDocs();
        StoredFields lf = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) ids.add(lf.document(d).get(Fields.ID));
        }
      }
      return ids;
    }
  }
}
