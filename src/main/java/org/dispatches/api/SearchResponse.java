package org.dispatches.api;

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
 * @param correction the query with its misspelt words corrected, and whether these results are
 *     the corrected query's; null when every word was found
 * @param actor the canonical name of the actor the query names by one of its aliases: the results
 *     also hold the reports naming that actor; null otherwise
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
    boolean collapsed,
    Correction correction,
    String actor) {

  /** A response with a cursor, no story count, hits not collapsed, no correction and no actor. */
  public SearchResponse(
      String query,
      long total,
      int page,
      int size,
      long tookMs,
      List<Hit> hits,
      Map<String, List<FacetValue>> facets,
      String nextCursor) {
    this(query, total, page, size, tookMs, hits, facets, nextCursor, null, false);
  }

  /** A response with its story count and collapse, no correction and no actor read from the query. */
  public SearchResponse(
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
    this(
        query, total, page, size, tookMs, hits, facets, nextCursor, stories, collapsed, null, null);
  }

  /** This response saying that it answers {@code c}'s corrected query, or suggesting it. */
  public SearchResponse withCorrection(Correction c) {
    return new SearchResponse(
        query, total, page, size, tookMs, hits, facets, nextCursor, stories, collapsed, c, actor);
  }

  /** This response saying that it also holds the reports naming {@code canonical}. */
  public SearchResponse withActor(String canonical) {
    return new SearchResponse(
        query,
        total,
        page,
        size,
        tookMs,
        hits,
        facets,
        nextCursor,
        stories,
        collapsed,
        correction,
        canonical);
  }

  /** A response with no cursor onwards. */
  public SearchResponse(
      String query,
      long total,
      int page,
      int size,
      long tookMs,
      List<Hit> hits,
      Map<String, List<FacetValue>> facets) {
    this(query, total, page, size, tookMs, hits, facets, null);
  }
}
