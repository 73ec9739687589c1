package org.dispatches.opensearch;

import java.io.IOException;

/** Checks that a cluster answers before work starts, so an unreachable one is a clear error at once. */
final class ClusterHealth {
  private ClusterHealth() {}

  /** Returns the cluster's version, or throws {@link ClusterUnreachableException}. */
  static String ping(ClusterHttp http) throws IOException {
    ClusterHttp.Reply reply = http.send("GET", "/", null);
    if (!reply.ok())
      throw new ClusterException("GET " + http.url(), reply.status(), reply.reason());
    var version = reply.json().getAsJsonObject("version");
    return version == null ? "?" : version.get("number").getAsString();
  }
}
