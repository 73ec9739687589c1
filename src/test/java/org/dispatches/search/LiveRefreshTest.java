package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.store.FSDirectory;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.Gazetteer;
import org.dispatches.index.IndexProgress;
import org.dispatches.index.IndexSummary;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.ReportIndexer;
import org.dispatches.testing.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's set-up while an index run writes: searchers over the committed index, refreshed
 * every so often. Searches never fail, and the reports each commit adds appear without a restart.
 */
class LiveRefreshTest {
  private static final int REPORTS = 600;
  @TempDir Path dir;

  @Test
  void searchesDuringIndexingNeverFailAndCommittedReportsAppear() throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    SyntheticCorpus.write(corpus, REPORTS, 11);
    try (FSDirectory fs = FSDirectory.open(dir.resolve("index"))) {
      try (ReportIndexer first = new ReportIndexer(fs, new IndexingOptions(true, 1, 16), ArticleExtractor.withDefaults())) {
        first.commit(); // the server needs a committed (empty) index to open
      }
      try (SearcherSource searchers = SearcherSource.open(fs);
          ExecutorService pool = Executors.newFixedThreadPool(2)) {
        SearchService service = new SearchService(searchers, new ActorNames(Gazetteer.loadDefault()));
        Future<IndexSummary> run = pool.submit(() -> {
          try (ReportIndexer indexer = new ReportIndexer(fs,
              new IndexingOptions(false, 1, 16).withCommitEvery(0.2), ArticleExtractor.withDefaults())) {
            return indexer.index(List.of(corpus), IndexProgress.NONE);
          }
        });
        List<Long> totals = new ArrayList<>();
        while (!run.isDone()) {
          searchers.refresh();
          totals.add(service.search(SearchRequest.of("ceasefire OR talks OR aid")).total());
          Thread.sleep(20);
        }
        assertEquals(REPORTS, run.get().indexed());
        searchers.refresh();
        assertEquals(REPORTS, service.count());
        assertTrue(totals.stream().distinct().count() >= 3, "the totals grew commit by commit: " + totals.stream().distinct().toList());
        for (int i = 1; i < totals.size(); i++) assertTrue(totals.get(i) >= totals.get(i - 1), "a total went down");
      }
    }
  }
}
