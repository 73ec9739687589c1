package org.dispatches.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dispatches.search.BadRequestException;
import org.dispatches.search.SearchTimeoutException;

/**
 * Runs a {@link JsonRoute} off the IO thread and is the one place that turns its outcome into a
 * response: the value as JSON, a 400 for a bad request, 404 for a missing resource, 503 for a
 * search stopped at its time limit, the given status of an {@link HttpStatusException} (401, 413,
 * ...), and a logged 500 for anything else. A stack trace never reaches the client.
 */
final class JsonEndpoint implements HttpHandler {
  private static final Logger LOG = Logger.getLogger(JsonEndpoint.class.getName());
  private final JsonRoute route;

  JsonEndpoint(JsonRoute route) {
    this.route = route;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    if (exchange.isInIoThread()) {
      exchange.dispatch(this);
      return;
    }
    exchange.startBlocking();
    try {
      Object body = route.handle(exchange);
      if (body != null) send(exchange, 200, body);
    } catch (BadRequestException e) {
      send(exchange, 400, ApiError.of(e.code(), e.getMessage()));
    } catch (NotFoundException e) {
      send(exchange, 404, ApiError.of("not_found", e.getMessage()));
    } catch (SearchTimeoutException e) {
      // 503, not 400: the same query may pass on a quieter server; clients may retry later
      exchange.getResponseHeaders().put(Headers.RETRY_AFTER, "1");
      send(exchange, 503, ApiError.of("search_timeout", e.getMessage()));
    } catch (HttpStatusException e) {
      send(exchange, e.status(), ApiError.of(e.code(), e.getMessage()));
    } catch (Exception | StackOverflowError e) {
      LOG.log(Level.SEVERE, "request failed: " + exchange.getRequestURI(), e);
      if (!exchange.isResponseStarted()) {
        send(exchange, 500, ApiError.of("internal", "the server could not answer this request"));
      } else {
        exchange.endExchange();
      }
    }
  }

  static void send(HttpServerExchange exchange, int status, Object body) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
    exchange.getResponseSender().send(Json.encode(body), StandardCharsets.UTF_8);
  }
}
