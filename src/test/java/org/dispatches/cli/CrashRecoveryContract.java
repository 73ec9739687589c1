package org.dispatches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dispatches.index.IndexSummary;
import org.dispatches.testing.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process writing through one sink (a subclass each) with SIGKILL once a fifth of the
 * corpus is durable there, then runs the same work again: the store is sound, nothing made durable
 * before the kill is lost, and every report is there exactly once.
 */
abstract class CrashRecoveryContract {
  @TempDir
  Path dir;

  /** How many reports the corpus holds: enough that the child is still at work when it is killed. */
  int reports() {
    return 4_000;
  }

  /** Prepares what the child needs; returns the arguments after the main class of the process to kill. */
  abstract List<String> childArguments(Path corpus) throws Exception;

  /** Called once the child runs (a server waits for pushes). */
  void started(Process child, Path log) throws Exception {}

  /** How many reports the sink holds durably now (committed, acknowledged); -1 when it cannot tell yet. */
  abstract long durable() throws Exception;

  /** The ids the sink holds after the kill, once it is checked to be sound. */
  abstract Set<String> idsAfterKill() throws Exception;

  /** The same work again, in this process. */
  abstract IndexSummary rerun(Path corpus) throws Exception;

  /** Every report the sink holds after the rerun, one entry each (so that a copy would show). */
  abstract List<String> idsAfterRerun() throws Exception;

  @Test
  void sigkillMidRunLosesNothingDurableAndARerunCompletesTheIndex() throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    int reports = reports();
    SyntheticCorpus.write(corpus, reports, 42);
    Path log = dir.resolve("child.log");
    Process child = start(childArguments(corpus), log);
    try {
      started(child, log);
      long durable = waitForDurable(reports / 5, child, log);
      assertTrue(
          child.isAlive(), "the child finished before it could be killed; make the corpus larger");
      assertTrue(durable < reports, "durable " + durable);
    } finally {
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no final commit
      child.waitFor();
    }
    Set<String> beforeRerun = idsAfterKill();
    assertTrue(
        !beforeRerun.isEmpty() && beforeRerun.size() < reports,
        "durable at kill: " + beforeRerun.size());

    IndexSummary summary = rerun(corpus);
    assertEquals(reports, summary.indexed(), summary.problems().toString());
    List<String> after = idsAfterRerun();
    assertEquals(reports, after.size(), "every report exactly once");
    assertEquals(reports, new HashSet<>(after).size(), "every report exactly once");
    assertTrue(after.containsAll(beforeRerun), "a durable report was lost");
    System.out.printf(
        "crash test (%s): %d of %d reports durable at SIGKILL, %d after the rerun%n",
        getClass().getSimpleName(), beforeRerun.size(), reports, after.size());
  }

  private Process start(List<String> arguments, Path log) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(
        java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(arguments);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /** Polls until at least {@code min} reports are durable; returns how many. */
  private long waitForDurable(int min, Process child, Path log) throws Exception {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline && child.isAlive()) {
      long durable = durable();
      if (durable >= min) return durable;
      Thread.sleep(50);
    }
    throw new AssertionError("nothing durable appeared; child alive: " + child.isAlive() + ", log: "
        + Files.readString(log));
  }
}
