package org.dispatches.search;

/** One value of a facet with the number of matching reports that have it. */
public record FacetValue(String value, long count) {}
