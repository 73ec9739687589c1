package org.dispatches.search;

import java.util.List;
import java.util.Map;

/** A page of results with exact facet counts, as the API returns it. */
public record SearchResponse(
    String query,
    long total,
    int page,
    int size,
    long tookMs,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets) {}
