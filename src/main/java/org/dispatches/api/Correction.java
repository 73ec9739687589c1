package org.dispatches.api;

/**
 * A spelling correction of a query: "Showing results for {@code query}" when {@code applied} (the
 * query as typed found nothing), "Did you mean {@code query}?" otherwise.
 *
 * @param query the corrected query
 * @param applied whether the results are those of the corrected query
 * @param original the query as typed
 */
public record Correction(String query, boolean applied, String original) {
  /** The same correction, applied or not. */
  public Correction withApplied(boolean now) {
    return new Correction(query, now, original);
  }
}
