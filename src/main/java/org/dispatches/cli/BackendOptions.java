package org.dispatches.cli;

import java.io.IOException;
import org.dispatches.api.ActorNames;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.opensearch.ClusterHttp;
import org.dispatches.opensearch.ClusterSettings;
import org.dispatches.opensearch.OpenSearchBackend;
import org.dispatches.search.QueryTranslator;
import picocli.CommandLine.Option;

/** The options that choose the search engine: the embedded Lucene index (default) or an OpenSearch cluster. */
final class BackendOptions {
  enum Backend {
    lucene,
    opensearch
  }

  @Option(
      names = "--backend",
      description = "lucene (the index folder, default) or opensearch (a cluster)")
  Backend backend = Backend.lucene;

  @Option(
      names = "--opensearch-url",
      description = "OpenSearch cluster (default: ${DEFAULT-VALUE})")
  String url = ClusterSettings.DEFAULT_URL;

  @Option(
      names = "--opensearch-index",
      description = "Index on the cluster (default: ${DEFAULT-VALUE})")
  String index = ClusterSettings.DEFAULT_INDEX;

  @Option(names = "--shards", description = "Primary shards of a new OpenSearch index (default: 1)")
  int shards = 1;

  @Option(
      names = "--replicas",
      description = "Replicas of each shard (default: 1 once the cluster has a second node)")
  Integer replicas;

  boolean openSearch() {
    return backend == Backend.opensearch;
  }

  ClusterSettings cluster() {
    return new ClusterSettings(url, index, shards, replicas);
  }

  ClusterHttp http() {
    return ClusterHttp.to(cluster().url());
  }

  /** The cluster back end, after checking that the cluster answers and has the index. */
  OpenSearchBackend connect() throws IOException {
    ActorNames names = new ActorNames(Gazetteer.loadDefault());
    return OpenSearchBackend.connect(http(), index, names, new QueryTranslator(names));
  }
}
