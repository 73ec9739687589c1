package org.dispatches.server;

import java.nio.file.Path;
import java.util.Set;

/**
 * How the server listens and what it serves.
 *
 * @param port 0 picks a free port (tests)
 * @param webDir the static front end; null serves the API only
 * @param allowedOrigins origins allowed to read the API from a browser; empty allows any
 * @param writeToken the bearer token {@code POST /api/reports} requires; null turns writes off
 * @param maxPushBytes the largest request body a push may send (413 above it)
 * @param seriesDir the reference series {@code /api/series} and {@code /api/claims?series=} read; null: none
 */
public record ServerConfig(
    String host,
    int port,
    Path webDir,
    Set<String> allowedOrigins,
    String writeToken,
    long maxPushBytes,
    Path seriesDir) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_PUSH_BYTES = 10L * 1024 * 1024;

  /** A read-only server. */
  public ServerConfig(String host, int port, Path webDir, Set<String> allowedOrigins) {
    this(host, port, webDir, allowedOrigins, null, DEFAULT_MAX_PUSH_BYTES);
  }

  /** A server without reference series. */
  public ServerConfig(
      String host,
      int port,
      Path webDir,
      Set<String> allowedOrigins,
      String writeToken,
      long maxPushBytes) {
    this(host, port, webDir, allowedOrigins, writeToken, maxPushBytes, null);
  }

  /** The same server, reading reference series from {@code dir}. */
  public ServerConfig withSeriesDir(Path dir) {
    return new ServerConfig(host, port, webDir, allowedOrigins, writeToken, maxPushBytes, dir);
  }

  /** The same server, accepting pushes with {@code token} (null or blank: read-only). */
  public ServerConfig withWriteToken(String token) {
    return new ServerConfig(
        host,
        port,
        webDir,
        allowedOrigins,
        token == null || token.isBlank() ? null : token,
        maxPushBytes,
        seriesDir);
  }

  public ServerConfig {
    allowedOrigins = Set.copyOf(allowedOrigins);
  }
}
