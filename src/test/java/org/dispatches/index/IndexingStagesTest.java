package org.dispatches.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two stages of indexing: every report is written once, skips and failures are kept, stages keep to their threads. */
class IndexingStagesTest {
  private static final int REPORTS = 5_000;

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void everyReportIsWrittenExactlyOnceAndSkipsAreNotWritten(int threads) throws IOException {
    Map<String, AtomicInteger> writes = new ConcurrentHashMap<>();
    IndexingStages<String> stages = new IndexingStages<>(
        threads,
        r -> r.id().endsWith("7") ? null : r.id(),
        id -> writes.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet());
    for (RawReport r : reports(REPORTS)) stages.submit(r);
    stages.finish();

    Set<String> expected = IntStream.range(0, REPORTS)
        .mapToObj(IndexingStagesTest::id)
        .filter(id -> !id.endsWith("7"))
        .collect(Collectors.toSet());
    assertEquals(expected, writes.keySet());
    assertTrue(writes.values().stream().allMatch(n -> n.get() == 1), "a report was written twice");
  }

  @Test
  void withTwoThreadsOrMoreEachStageRunsOnItsOwnThreads() throws IOException {
    Set<String> preparing = ConcurrentHashMap.newKeySet();
    Set<String> writing = ConcurrentHashMap.newKeySet();
    IndexingStages<String> stages = new IndexingStages<>(
        4,
        r -> {
          preparing.add(Thread.currentThread().getName());
          return r.id();
        },
        id -> writing.add(Thread.currentThread().getName()));
    for (RawReport r : reports(2_000)) stages.submit(r);
    stages.finish();

    assertTrue(
        preparing.stream().allMatch(n -> n.startsWith("dispatches-prepare-")),
        preparing.toString());
    assertTrue(
        writing.stream().allMatch(n -> n.startsWith("dispatches-write-")), writing.toString());
    assertTrue(writing.size() <= 2, "half of 4 threads write: " + writing);
  }

  @Test
  void withNoWritingThreadsThePreparingThreadsWriteEveryReportOnce() throws IOException {
    Map<String, AtomicInteger> writes = new ConcurrentHashMap<>();
    Set<String> writing = ConcurrentHashMap.newKeySet();
    IndexingStages<String> stages = new IndexingStages<>(2, 0, RawReport::id, id -> {
      writing.add(Thread.currentThread().getName());
      writes.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    });
    for (RawReport r : reports(REPORTS)) stages.submit(r);
    stages.finish();

    assertEquals(REPORTS, writes.size());
    assertTrue(writes.values().stream().allMatch(n -> n.get() == 1), "a report was written twice");
    assertTrue(
        writing.stream().allMatch(n -> n.startsWith("dispatches-prepare-")), writing.toString());
  }

  @Test
  void aFailedWriteStopsTheRunWithItsCause() throws IOException {
    AtomicInteger written = new AtomicInteger();
    IndexingStages<String> stages = new IndexingStages<>(2, RawReport::id, id -> {
      if (id.equals(id(100))) throw new IOException("No space left on device");
      written.incrementAndGet();
    });
    IOException thrown = assertThrows(IOException.class, () -> {
      for (RawReport r : reports(REPORTS)) stages.submit(r);
      stages.finish();
    });
    assertTrue(thrown.getMessage().contains("No space left on device"), thrown.getMessage());
    // the reader was stopped early, or the writers dropped the rest: never all of them written
    assertTrue(written.get() < REPORTS - 1, "writes went on after the failure: " + written.get());
    // finishing again (as a finally block would) reports the same failure rather than hanging
    assertThrows(IOException.class, stages::finish);
  }

  private static List<RawReport> reports(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> new RawReport(
            id(i),
            null,
            "body " + i,
            null,
            null,
            null,
            null,
            new SourceLocation("reports.jsonl", "reports.jsonl", i + 1, true)))
        .toList();
  }

  private static String id(int i) {
    return "r" + i;
  }
}
