package org.dispatches.opensearch;

import java.io.IOException;

/** The cluster answered with an error status; the message carries OpenSearch's own reason. */
public final class ClusterException extends IOException {
  private final int status;

  public ClusterException(String what, int status, String reason) {
    super(what + " failed: HTTP " + status + ": " + reason);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
