package org.dispatches.server;

import java.nio.file.Path;
import java.util.Set;

/**
 * How the server listens and what it serves.
 *
 * @param port 0 picks a free port (tests)
 * @param webDir the static front end; null serves the API only
 * @param allowedOrigins origins allowed to read the API from a browser; empty allows any
 */
public record ServerConfig(String host, int port, Path webDir, Set<String> allowedOrigins) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;

  public ServerConfig {
    allowedOrigins = Set.copyOf(allowedOrigins);
  }
}
