package org.dispatches.api;

import java.util.Locale;

/**
 * The text typed into a facet panel's filter box: a value matches when it contains the text,
 * ignoring case ("reu" finds "Reuters" and "Thomson Reuters"). Both back ends match the same way.
 */
public record FacetValueFilter(String text) {
  /** Longer text finds nothing useful and only costs: a filter box holds a name, not a document. */
  public static final int MAX_LENGTH = 100;

  public FacetValueFilter {
    text = text.strip();
    if (text.length() > MAX_LENGTH) {
      throw new BadRequestException(
          "bad_parameter", "facetFilter may be at most " + MAX_LENGTH + " characters");
    }
  }

  /** The filter of an API {@code facetFilter} value; null when there is none. */
  public static FacetValueFilter of(String value) {
    return value == null || value.isBlank() ? null : new FacetValueFilter(value);
  }

  public boolean matches(String value) {
    return value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
  }
}
