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
   * doc values): {@code facet_outlet}, {@code facet_actor} and so on for every dimension of {@code
   * FieldCatalog} but the months, which are a histogram of {@link Fields#DATE}. Terms aggregations
   * and the filters on facet values use these; {@code actor:} queries and most filters use the
   * keyed keyword field of the same name ({@link Fields#ACTOR}).
   */
  static String facet(String dimension) {
    return "facet_" + dimension;
  }
}
