package org.dispatches.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results with exact facet counts, as the API returns it.
 *
 * @param stories distinct stories among the {@code total} reports (copies of one story count once);
 *     null when the engine did not count them
 * @param collapsed whether hits are one per story (copies named in each hit) or every report
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
    String nextCursor,
    Long stories,
    boolean collapsed) {

  /** A response with no story count and hits not collapsed (an engine without copy groups). */
  public SearchResponse(String query, long total, int page, int size, long tookMs, List<Hit> hits,
      Map<String, List<FacetValue>> facets, String nextCursor) {
    this(query, total, page, size, tookMs, hits, facets, nextCursor, null, false);
  }

  /** A response with no cursor onwards. */
  public SearchResponse(String query, long total, int page, int size, long tookMs, List<Hit> hits,
      Map<String, List<FacetValue>> facets) {
    this(query, total, page, size, tookMs, hits, facets, null);
  }
}
