package org.dispatches.opensearch;

import java.time.Duration;

/**
 * How documents are sent in bulk.
 *
 * @param maxDocs documents per bulk request
 * @param maxBytes approximate bytes per bulk request (whichever limit comes first)
 * @param maxInFlight bulk requests sent at once; a writer with that many outstanding blocks its callers
 * @param maxRetries retries of a request or item the cluster refused as busy (429) or unavailable (5xx)
 * @param firstBackoff the wait before the first retry; it doubles with each further retry
 */
public record BulkOptions(
    int maxDocs, int maxBytes, int maxInFlight, int maxRetries, Duration firstBackoff) {
  public BulkOptions {
    if (maxDocs < 1 || maxBytes < 1 || maxInFlight < 1 || maxRetries < 0) {
      throw new IllegalArgumentException("bulk limits must be positive");
    }
  }

  /** 1,000 documents or ~5 MB per request, two in flight, up to 6 retries from 200 ms (about 13 s in all). */
  public static BulkOptions defaults() {
    return new BulkOptions(1_000, 5 << 20, 2, 6, Duration.ofMillis(200));
  }
}
