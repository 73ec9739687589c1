package org.dispatches.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dispatches.api.ActorNames;
import org.dispatches.api.Hit;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SortOrder;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.ReportIndexer;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.SourceLocation;
import org.dispatches.search.SearchService;
import org.dispatches.search.SearcherSource;

/**
 * Dispatches itself as a ranker: the collection indexed in memory through the same extraction and
 * indexing path as {@code dispatches index}, queried through {@link SearchService} like the API.
 */
public final class DispatchesRanker implements Ranker {
  private final Directory directory = new ByteBuffersDirectory();
  private final SearcherSource searchers;
  private final SearchService service;

  private DispatchesRanker(TestCollection collection) throws IOException {
    try (ReportIndexer indexer = new ReportIndexer(
        directory, new IndexingOptions(true, 1, 64), ArticleExtractor.withDefaults())) {
      for (TestCollection.Document d : collection.documents()) indexer.add(report(collection, d));
      indexer.commit();
    }
    searchers = SearcherSource.open(directory);
    service = new SearchService(searchers, new ActorNames(Gazetteer.loadDefault()));
  }

  /** Indexes {@code collection} and returns a ranker over it. */
  public static DispatchesRanker index(TestCollection collection) throws IOException {
    return new DispatchesRanker(collection);
  }

  /** The searchers over the indexed collection, for rankers built on this index. */
  SearcherSource searchers() {
    return searchers;
  }

  @Override
  public String name() {
    return "dispatches";
  }

  @Override
  public List<String> rank(String query, int depth) throws IOException {
    SearchRequest request = SearchRequest.builder()
        .query(UserQueries.plainWords(query))
        .sort(SortOrder.RELEVANCE)
        .size(Math.min(depth, SearchRequest.MAX_SIZE))
        .facets(Set.of())
        .build();
    List<String> ids = new ArrayList<>();
    for (Hit hit : service.search(request).hits()) ids.add(hit.id());
    return ids;
  }

  /** A collection document as a report without a title (TIME articles have none), in English. */
  private static RawReport report(TestCollection collection, TestCollection.Document d) {
    return new RawReport(
        d.id(),
        null,
        d.text(),
        d.date(),
        null,
        null,
        "en",
        new SourceLocation(collection.name(), collection.name(), Long.parseLong(d.id()), true));
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    directory.close();
  }
}
