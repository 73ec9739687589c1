package org.dispatches.api;

/**
 * An expensive search (wildcards, regular expressions, fuzzy terms) refused because as many are
 * already running or waiting as the server allows; the API answers 503 with {@code Retry-After}.
 */
public final class SearchBusyException extends RuntimeException {
  private final long retryAfterSeconds;

  public SearchBusyException(int running, int waiting, long retryAfterSeconds) {
    super(
        "the server is busy with " + running
            + " searches using wildcards, regular expressions or fuzzy terms (" + waiting
            + " more waiting); retry in " + retryAfterSeconds + " s, or search without them",
        null,
        false,
        false);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
