package org.dispatches.contract;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import org.dispatches.api.ActorNames;
import org.dispatches.api.SearchBackend;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.index.IndexProgress;
import org.dispatches.index.IndexSummary;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.ReportIndexer;
import org.dispatches.ingest.RawReport;
import org.dispatches.opensearch.BulkOptions;
import org.dispatches.opensearch.ClusterHttp;
import org.dispatches.opensearch.ClusterSettings;
import org.dispatches.opensearch.OpenSearchBackend;
import org.dispatches.opensearch.OpenSearchIndexer;
import org.dispatches.search.QueryTranslator;
import org.dispatches.search.SearchService;
import org.dispatches.search.SearcherSource;
import org.dispatches.testing.OpenSearchNode;
import org.dispatches.testing.TestIndex;

/** A search engine the contract runs against: builds a back end over reports or over a corpus on disk. */
interface Engine {
  Built fromReports(List<RawReport> reports) throws Exception;

  Built fromCorpus(Path corpus, Path temp) throws Exception;

  /** A back end, the summary of the run that built it, and what to close afterwards. */
  record Built(SearchBackend backend, IndexSummary summary, AutoCloseable resources)
      implements AutoCloseable {
    @Override
    public void close() throws Exception {
      resources.close();
    }
  }

  /** The embedded Lucene index. */
  static Engine lucene() {
    return new Engine() {
      @Override
      public Built fromReports(List<RawReport> reports) throws Exception {
        TestIndex index = new TestIndex(reports);
        return new Built(index.service, null, index);
      }

      @Override
      public Built fromCorpus(Path corpus, Path temp) throws Exception {
        FSDirectory dir = FSDirectory.open(temp.resolve("lucene-index"));
        IndexSummary summary;
        try (ReportIndexer indexer = new ReportIndexer(
            dir, IndexingOptions.defaults().withRebuild(true), ArticleExtractor.withDefaults())) {
          summary = indexer.index(List.of(corpus), IndexProgress.NONE);
        }
        SearcherSource searchers = SearcherSource.open(dir);
        SearchService service =
            new SearchService(searchers, new ActorNames(Gazetteer.loadDefault()));
        return new Built(service, summary, () -> {
          searchers.close();
          dir.close();
        });
      }
    };
  }

  /** A fresh index on the test node (the test skips when there is none), deleted afterwards. */
  static Engine openSearch(int shards, Integer replicas) {
    return new Engine() {
      @Override
      public Built fromReports(List<RawReport> reports) throws Exception {
        return build(indexer -> indexer.index(reports, true));
      }

      @Override
      public Built fromCorpus(Path corpus, Path temp) throws Exception {
        return build(indexer -> indexer.index(List.of(corpus), true, IndexProgress.NONE));
      }

      private Built build(Run run) throws Exception {
        ClusterHttp http = OpenSearchNode.require();
        String index = OpenSearchNode.uniqueIndex("contract");
        ClusterSettings settings =
            ClusterSettings.at(http.url()).withIndex(index).withLayout(shards, replicas);
        OpenSearchIndexer indexer = new OpenSearchIndexer(
            http,
            settings,
            BulkOptions.defaults(),
            ArticleExtractor.withDefaults(),
            Runtime.getRuntime().availableProcessors());
        IndexSummary summary = run.on(indexer);
        ActorNames names = new ActorNames(Gazetteer.loadDefault());
        OpenSearchBackend backend =
            OpenSearchBackend.connect(http, index, names, new QueryTranslator(names));
        return new Built(backend, summary, () -> OpenSearchNode.delete(http, index));
      }
    };
  }

  @FunctionalInterface
  interface Run {
    IndexSummary on(OpenSearchIndexer indexer) throws Exception;
  }
}
