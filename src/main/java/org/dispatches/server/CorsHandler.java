package org.dispatches.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.util.Set;

/**
 * CORS for reads, so the embedded search box works from other sites: GET responses carry the
 * allow-origin header for an allowed origin (any, by default), and OPTIONS preflights are answered
 * here. Other methods get no CORS headers, so browsers will not send them cross-origin.
 */
final class CorsHandler implements HttpHandler {
  private static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
  private static final HttpString ALLOW_METHODS = new HttpString("Access-Control-Allow-Methods");
  private static final HttpString ALLOW_HEADERS = new HttpString("Access-Control-Allow-Headers");
  private static final HttpString MAX_AGE = new HttpString("Access-Control-Max-Age");
  private static final HttpString EXPOSE_HEADERS = new HttpString("Access-Control-Expose-Headers");
  /** An export's metadata headers: a script on another site may read what it downloaded. */
  private static final String EXPOSED = String.join(", ", ExportMetadata.HEADER_NAMES);

  private static final HttpString ORIGIN = new HttpString("Origin");

  private final HttpHandler next;
  private final Set<String> allowedOrigins;

  /** @param allowedOrigins origins allowed to read; empty means any */
  CorsHandler(HttpHandler next, Set<String> allowedOrigins) {
    this.next = next;
    this.allowedOrigins = Set.copyOf(allowedOrigins);
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String origin = exchange.getRequestHeaders().getFirst(ORIGIN);
    boolean read = exchange.getRequestMethod().equals(Methods.GET)
        || exchange.getRequestMethod().equals(Methods.HEAD);
    boolean preflight = exchange.getRequestMethod().equals(Methods.OPTIONS);
    if (read || preflight) allow(exchange.getResponseHeaders(), origin);
    if (preflight) {
      exchange.getResponseHeaders().put(ALLOW_METHODS, "GET, OPTIONS");
      exchange.getResponseHeaders().put(ALLOW_HEADERS, "Content-Type");
      exchange.getResponseHeaders().put(MAX_AGE, "600");
      exchange.setStatusCode(204);
      exchange.endExchange();
      return;
    }
    next.handleRequest(exchange);
  }

  private void allow(HeaderMap headers, String origin) {
    if (allowedOrigins.isEmpty()) {
      headers.put(ALLOW_ORIGIN, "*");
      headers.put(EXPOSE_HEADERS, EXPOSED);
    } else if (origin != null && allowedOrigins.contains(origin)) {
      headers.put(ALLOW_ORIGIN, origin);
      headers.put(EXPOSE_HEADERS, EXPOSED);
      headers.add(Headers.VARY, "Origin");
    }
  }
}
