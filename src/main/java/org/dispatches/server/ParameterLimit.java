package org.dispatches.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Deque;

/**
 * Refuses a request with more than {@link #MAX_PARAMETERS} query parameters with the API's JSON
 * error. Undertow's own limit (which answers with an empty 400) is set above anything a request
 * line within the header limit can carry, so that this one is the limit a client meets.
 */
final class ParameterLimit implements HttpHandler {
  /** The most query parameters a request may carry; a search sends a dozen. */
  static final int MAX_PARAMETERS = 1_000;

  private final HttpHandler next;

  ParameterLimit(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    int count = 0;
    for (Deque<String> values : exchange.getQueryParameters().values()) count += values.size();
    if (count > MAX_PARAMETERS) {
      JsonEndpoint.refuse(
          exchange,
          400,
          "bad_parameter",
          "the request has " + count + " parameters; at most " + MAX_PARAMETERS + " are allowed");
      return;
    }
    next.handleRequest(exchange);
  }
}
