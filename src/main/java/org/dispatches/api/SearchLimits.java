package org.dispatches.api;

import java.time.Duration;

/**
 * The API's limits, the same on every back end: how deep plain paging reaches and how long one
 * search may take. Apart from the Lucene engine, so that the cluster back end keeps them without it.
 */
public final class SearchLimits {
  /** How deep page × size may reach: beyond it, a client follows {@code nextCursor} instead. */
  public static final int MAX_DEPTH = 10_000;
  /** The default time limit of one search. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  private SearchLimits() {}
}
