package org.dispatches.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results with exact facet counts, as the API returns it.
 *
 * @param nextCursor pass as {@code cursor} to read the results after this page (also past the
 *     paging depth); null when this page is the last
 */
public record SearchResponse(
    String query,
    long total,
    int page,
    int size,
    long tookMs,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    String nextCursor) {

  /** A response with no cursor onwards. */
  public SearchResponse(String query, long total, int page, int size, long tookMs, List<Hit> hits,
      Map<String, List<FacetValue>> facets) {
    this(query, total, page, size, tookMs, hits, facets, null);
  }
}
