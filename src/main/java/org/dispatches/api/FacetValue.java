package org.dispatches.api;

/**
 * One value of a facet with the number of matching reports that have it, and of distinct stories
 * (copy groups) among them.
 *
 * @param stories null when stories were not counted (an engine or index without copy groups)
 */
public record FacetValue(String value, long count, Long stories) {

  /** A value counted by reports only. */
  public FacetValue(String value, long count) {
    this(value, count, null);
  }
}
