package org.dispatches.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.dispatches.index.IndexSummary;
import org.dispatches.index.PushedReports;

/**
 * {@code POST /api/reports}: newsrooms push JSON Lines reports. Off unless the server has a write
 * token; then only with {@code Authorization: Bearer TOKEN} (compared in constant time). The body
 * is bounded (see {@link #maxBodyBytes()}); the answer counts what was read, indexed and skipped, with each problem's line.
 */
final class PushRoute {
  private final byte[] token;
  private final PushedReports pushes;
  private final Runnable afterCommit;
  private final long maxBodyBytes;

  /** @param token null turns writes off; @param afterCommit makes the new reports searchable */
  PushRoute(String token, PushedReports pushes, Runnable afterCommit, long maxBodyBytes) {
    this.token = token == null ? null : sha256(token);
    this.pushes = pushes;
    this.afterCommit = afterCommit;
    this.maxBodyBytes = maxBodyBytes;
  }

  Object push(HttpServerExchange exchange) throws IOException {
    authorize(exchange);
    // the endpoint read the body off the worker threads, refusing one above maxBodyBytes (413)
    IndexSummary summary = pushes.push(JsonEndpoint.body(exchange));
    if (summary.indexed() > 0) afterCommit.run();
    List<Map<String, Object>> problems = summary.problems().stream()
        .map(p -> Map.<String, Object>of("line", p.line(), "reason", p.reason()))
        .toList();
    return Map.of(
        "read",
        summary.read(),
        "indexed",
        summary.indexed(),
        "skipped",
        summary.skipped(),
        "duplicates",
        summary.notIndexed().duplicates(),
        "failed",
        summary.notIndexed().failed(),
        "problems",
        problems);
  }

  /** Refuses a push before its body is read: 403 when writes are off, 401 without the token. */
  void authorize(HttpServerExchange exchange) {
    if (token == null || pushes == null) {
      throw new HttpStatusException(
          403,
          "writes_disabled",
          "this server does not accept reports; start it with --write-token (or DISPATCHES_WRITE_TOKEN)");
    }
    if (!authorized(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION))) {
      exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Bearer");
      throw new HttpStatusException(
          401, "unauthorized", "send the write token as: Authorization: Bearer TOKEN");
    }
  }

  /** The largest body a push may send: the endpoint answers 413 above it, for a declared length and chunks alike. */
  long maxBodyBytes() {
    return maxBodyBytes;
  }

  private boolean authorized(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
    // digests first, so that the comparison takes the same time whatever the length of the guess
    return MessageDigest.isEqual(sha256(header.substring(7).strip()), token);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
