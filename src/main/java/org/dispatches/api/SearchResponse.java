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

  /** A builder with no hits, no facets, no cursor, no story count, not collapsed, no correction. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this response, for a copy that differs in a few parts. */
  public Builder toBuilder() {
    return new Builder()
        .query(query)
        .total(total)
        .page(page)
        .size(size)
        .tookMs(tookMs)
        .hits(hits)
        .facets(facets)
        .nextCursor(nextCursor)
        .stories(stories)
        .collapsed(collapsed)
        .correction(correction)
        .actor(actor);
  }

  /** Builds a response part by part; what is not set is empty, null or false. */
  public static final class Builder {
    private String query = "";
    private long total;
    private int page = 1;
    private int size = SearchRequest.DEFAULT_SIZE;
    private long tookMs;
    private List<Hit> hits = List.of();
    private Map<String, List<FacetValue>> facets = Map.of();
    private String nextCursor;
    private Long stories;
    private boolean collapsed;
    private Correction correction;
    private String actor;

    private Builder() {}

    public Builder query(String query) {
      this.query = query;
      return this;
    }

    public Builder total(long total) {
      this.total = total;
      return this;
    }

    public Builder page(int page) {
      this.page = page;
      return this;
    }

    public Builder size(int size) {
      this.size = size;
      return this;
    }

    public Builder tookMs(long tookMs) {
      this.tookMs = tookMs;
      return this;
    }

    public Builder hits(List<Hit> hits) {
      this.hits = hits;
      return this;
    }

    public Builder facets(Map<String, List<FacetValue>> facets) {
      this.facets = facets;
      return this;
    }

    public Builder nextCursor(String nextCursor) {
      this.nextCursor = nextCursor;
      return this;
    }

    public Builder stories(Long stories) {
      this.stories = stories;
      return this;
    }

    public Builder collapsed(boolean collapsed) {
      this.collapsed = collapsed;
      return this;
    }

    public Builder correction(Correction correction) {
      this.correction = correction;
      return this;
    }

    public Builder actor(String actor) {
      this.actor = actor;
      return this;
    }

    public SearchResponse build() {
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
          actor);
    }
  }
}
