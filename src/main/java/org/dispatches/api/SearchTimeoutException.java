package org.dispatches.api;

/** A search stopped at its time limit, so that one costly query cannot hold a core; the API answers 503. */
public final class SearchTimeoutException extends RuntimeException {
  public SearchTimeoutException(long limitMs) {
    super(
        "the search took longer than " + limitMs + " ms and was stopped; make it more specific"
            + " (fewer wildcards or fuzzy terms, a filter or a date range)",
        null,
        false,
        false);
  }
}
