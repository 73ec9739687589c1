package org.dispatches.opensearch;

import org.dispatches.index.Fields;

/**
 * The fields of the OpenSearch index that the Lucene schema has no counterpart for. Every other
 * field keeps the name {@link Fields} gives it, so queries translated from the Lucene query tree
 * name the right fields as they are.
 */
final class ClusterFields {
  private ClusterFields() {}

  /**
   * The keyword field holding a facet dimension's values as written (Lucene keeps them in its facet
   * doc values): {@code facet_outlet}, {@code facet_actor}, {@code facet_figure}, {@code facet_source},
   * {@code facet_attribution}. Filters and terms aggregations use these; {@code actor:} queries use the
   * normalized {@link Fields#ACTOR}. The month dimension has none: it is a histogram of {@link Fields#DATE}.
   */
  static String facet(String dimension) {
    return "facet_" + dimension;
  }
}
