package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.FSDirectory;
import org.dispatches.api.ActorNames;
import org.dispatches.api.SearchRequest;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.ReportIndexer;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.RawReport;
import org.dispatches.testing.CollectingSink;
import org.dispatches.testing.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's set-up while an index run writes: searchers over the committed index, refreshed
 * every so often. Searches never fail, and the reports each commit adds appear without a restart.
 */
class LiveRefreshTest {
  private static final int REPORTS = 600;
  private static final int BATCH = 100;

  @TempDir
  Path dir;

  @Test
  void searchesDuringIndexingNeverFailAndCommittedReportsAppear() throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    SyntheticCorpus.write(corpus, REPORTS, 11);
    CollectingSink read = new CollectingSink();
    CorpusReader reader = new CorpusReader();
    for (CorpusFile f : reader.list(List.of(corpus))) reader.read(f, read);
    try (FSDirectory fs = FSDirectory.open(dir.resolve("index"));
        ReportIndexer indexer = new ReportIndexer(
            fs, new IndexingOptions(true, 1, 16), ArticleExtractor.withDefaults())) {
      indexer.commit(); // the server needs a committed (empty) index to open
      try (SearcherSource searchers = SearcherSource.open(fs);
          ExecutorService pool = Executors.newSingleThreadExecutor()) {
        SearchService service =
            new SearchService(searchers, new ActorNames(Gazetteer.loadDefault()));
        AtomicBoolean writing = new AtomicBoolean(true);
        // a reader that searches and refreshes without pause for as long as the writer writes
        Future<Integer> searches = pool.submit(() -> {
          int n = 0;
          while (writing.get()) {
            searchers.refresh();
            service.search(SearchRequest.of("ceasefire OR talks OR aid"));
            n++;
          }
          return n;
        });
        try {
          for (int committed = BATCH; committed <= REPORTS; committed += BATCH) {
            for (RawReport r : read.reports.subList(committed - BATCH, committed)) indexer.add(r);
            indexer.commit();
            searchers.refresh();
            assertEquals(
                committed, service.count(), "each commit's reports appear without a restart");
          }
        } finally {
          writing.set(false); // also on failure, so the searching thread ends and the pool closes
        }
        assertTrue(searches.get() > 0, "searches ran while the index was written, and none failed");
      }
    }
  }
}
