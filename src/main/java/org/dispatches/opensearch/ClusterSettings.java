package org.dispatches.opensearch;

/**
 * Where the cluster is and how the Dispatches index on it is laid out.
 *
 * @param url the cluster's HTTP address, e.g. http://127.0.0.1:9200
 * @param index the OpenSearch index holding the reports
 * @param shards primary shards (fixed when the index is created)
 * @param replicas copies of each shard; null lets the cluster keep one replica when it has a second node
 */
public record ClusterSettings(String url, String index, int shards, Integer replicas) {
  public static final String DEFAULT_URL = "http://127.0.0.1:9200";
  public static final String DEFAULT_INDEX = "dispatches";

  public ClusterSettings {
    if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
      throw new IllegalArgumentException(
          "the OpenSearch URL must start with http:// or https://, got " + url);
    }
    if (index == null || !index.matches("[a-z0-9][a-z0-9_.-]*")) {
      throw new IllegalArgumentException(
          "an OpenSearch index name is lower case letters, digits, '_', '-', '.': " + index);
    }
    if (shards < 1) throw new IllegalArgumentException("shards must be 1 or more");
    if (replicas != null && replicas < 0)
      throw new IllegalArgumentException("replicas must be 0 or more");
  }

  /** The default index at {@code url}: one shard, replicas as the cluster allows. */
  public static ClusterSettings at(String url) {
    return new ClusterSettings(url, DEFAULT_INDEX, 1, null);
  }

  public ClusterSettings withIndex(String name) {
    return new ClusterSettings(url, name, shards, replicas);
  }

  public ClusterSettings withLayout(int shards, Integer replicas) {
    return new ClusterSettings(url, index, shards, replicas);
  }
}
