package org.dispatches.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;

/** Headers every response carries: browsers must not guess content types ({@code nosniff}). */
final class SecurityHeaders implements HttpHandler {
  private static final HttpString NOSNIFF = new HttpString("X-Content-Type-Options");
  private final HttpHandler next;

  SecurityHeaders(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    exchange.getResponseHeaders().put(NOSNIFF, "nosniff");
    next.handleRequest(exchange);
  }
}
