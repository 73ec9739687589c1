package org.dispatches.opensearch;

import java.io.IOException;

/** The cluster did not answer at all (refused, timed out): a message naming the URL, not a stack trace. */
public final class ClusterUnreachableException extends IOException {
  public ClusterUnreachableException(String url, Throwable cause) {
    super(
        "cannot reach OpenSearch at " + url + " (" + describe(cause) + "); is the cluster running? "
            + "Check --opensearch-url",
        cause);
  }

  private static String describe(Throwable cause) {
    String m = cause.getMessage();
    return cause.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
  }
}
