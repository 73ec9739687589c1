package org.dispatches.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dispatches.extract.Article;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One indexing run into a sink kept in memory: duplicates in reading order, outcomes by type, a sink that stops the run. */
class IndexingRunTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults();
  private static final int IDS = 200;

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void theFirstReportOfEachIdIsKeptWhateverTheThreads(int threads) throws Exception {
    MemorySink sink = new MemorySink(Integer.MAX_VALUE);
    IndexSummary summary = new IndexingRun<>(EXTRACTOR, sink, threads, IndexProgress.NONE, p -> {})
        .run(ReportSource.of(eachIdTwice()));

    assertEquals(2 * IDS, summary.read());
    // ids ending in 8 fail on preparing, in 9 on writing: 20 of each among 200
    assertEquals(IDS - 40, summary.indexed());
    assertEquals(new IndexSummary.NotIndexed(IDS, 0, 40), summary.notIndexed());
    for (Map.Entry<String, String> w : sink.written.entrySet())
      assertTrue(w.getValue().startsWith("First report"), w.getKey() + ": " + w.getValue());
    assertTrue(
        sink.written.keySet().stream().noneMatch(id -> id.endsWith("8") || id.endsWith("9")));
  }

  @Test
  void everyProblemReachesTheListenerWithItsReason() throws Exception {
    List<ReadProblem> heard = java.util.Collections.synchronizedList(new ArrayList<>());
    ReportSource withABadRecord = feed -> {
      feed.records().skip(new ReadProblem("reports.jsonl", 1, "malformed JSON: cut off"));
      for (RawReport r : eachIdTwice()) feed.records().accept(r);
    };
    IndexSummary summary = new IndexingRun<>(
            EXTRACTOR, new MemorySink(Integer.MAX_VALUE), 2, IndexProgress.NONE, heard::add)
        .run(withABadRecord);

    assertEquals(new IndexSummary.NotIndexed(IDS, 1, 40), summary.notIndexed());
    assertEquals(summary.skipped(), heard.size());
    assertEquals(IDS, heard.stream().filter(ReadProblem::isDuplicate).count());
    assertEquals(
        20,
        heard.stream().filter(p -> p.reason().startsWith("could not extract")).count());
    assertEquals(20, heard.stream().filter(p -> p.reason().equals("refused")).count());
  }

  @Test
  void aSinkThatCanTakeNoMoreStopsTheReading() throws Exception {
    MemorySink sink = new MemorySink(10);
    IndexSummary summary = new IndexingRun<>(EXTRACTOR, sink, 1, IndexProgress.NONE, p -> {})
        .run(ReportSource.of(eachIdTwice()));
    assertTrue(summary.read() < 2 * IDS, "read " + summary.read());
    assertEquals(summary.read(), summary.indexed() + summary.skipped());
  }

  /** Reports r0 .. r199, then each id again with another body. */
  private static List<RawReport> eachIdTwice() {
    List<RawReport> reports = new ArrayList<>();
    for (int copy = 0; copy < 2; copy++) {
      for (int i = 0; i < IDS; i++) {
        String body =
            (copy == 0 ? "First" : "Second") + " report on the talks in Cairo, number " + i + ".";
        reports.add(new RawReport(
            "r" + i,
            null,
            body,
            null,
            null,
            null,
            null,
            new SourceLocation("reports.jsonl", "reports.jsonl", reports.size() + 2, true)));
      }
    }
    return reports;
  }

  /** Keeps each body it writes by id; fails to prepare ids ending in 8 and to write those in 9. */
  private static final class MemorySink implements IndexSink<Article> {
    final Map<String, String> written = new ConcurrentHashMap<>();
    private final int capacity;
    private final AtomicInteger writes = new AtomicInteger();
    private WriteOutcomes outcomes;

    /** @param capacity writes after which the sink takes no more */
    MemorySink(int capacity) {
      this.capacity = capacity;
    }

    @Override
    public void open(WriteOutcomes outcomes) {
      this.outcomes = outcomes;
    }

    @Override
    public Article prepare(Article article) {
      if (article.id().endsWith("8")) throw new IllegalStateException("a bug in extraction");
      return article;
    }

    @Override
    public void write(Extracted<Article> extracted) {
      writes.incrementAndGet();
      if (extracted.id().endsWith("9")) {
        outcomes.failed(extracted.where(), "refused");
        return;
      }
      if (written.put(extracted.id(), extracted.document().body()) != null)
        throw new AssertionError(extracted.id() + " written twice");
      outcomes.indexed(extracted.where());
    }

    @Override
    public String stopReason() {
      return writes.get() >= capacity ? "full" : null;
    }

    @Override
    public void finish(Supplier<IndexSummary> summary) {}
  }
}
