package org.dispatches.testing;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dispatches.api.ActorNames;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.ReportIndexer;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.SourceLocation;
import org.dispatches.search.SearchService;
import org.dispatches.search.SearcherSource;

/** An in-memory index over given reports, with a search service on it. */
public final class TestIndex implements AutoCloseable {
  public final Directory directory = new ByteBuffersDirectory();
  public final SearcherSource searchers;
  public final SearchService service;

  public TestIndex(List<RawReport> reports) throws IOException {
    try (ReportIndexer indexer = new ReportIndexer(
        directory, new IndexingOptions(true, 1, 64), ArticleExtractor.withDefaults())) {
      for (RawReport r : reports) indexer.add(r);
      indexer.commit();
    }
    searchers = SearcherSource.open(directory);
    service = new SearchService(searchers, new ActorNames(Gazetteer.loadDefault()));
  }

  /** A report with the given metadata; the id is fixed so tests can look it up. */
  public static RawReport report(String id, String title, String body, String date, String outlet) {
    return new RawReport(
        id, title, body, date, outlet, null, null, new SourceLocation("test", id, 1, false));
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    directory.close();
  }
}
