package org.dispatches.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dispatches.api.BadRequestException;
import org.dispatches.api.SearchBusyException;
import org.dispatches.api.SearchTimeoutException;
import org.dispatches.json.Json;

/**
 * Runs a {@link JsonRoute} off the IO thread and is the one place that turns its outcome into a
 * response: the value as JSON, a 400 for a bad request, 404 for a missing resource, 503 for a
 * search stopped at its time limit or refused while the server is busy, the given status of an
 * {@link HttpStatusException} (401, 413, ...), and a logged 500 for anything else. A stack trace
 * never reaches the client.
 *
 * <p>A request body is read on the IO thread, without blocking, before the route gets a worker
 * thread: a client that announces a body and never sends it holds only its own connection (which
 * the read timeout closes), never one of the few workers every search needs. Routes that take no
 * body refuse one with a 400 and close the connection rather than wait for it.
 */
final class JsonEndpoint implements HttpHandler {
  private static final Logger LOG = Logger.getLogger(JsonEndpoint.class.getName());
  private static final AttachmentKey<byte[]> BODY = AttachmentKey.create(byte[].class);
  private final JsonRoute route;
  /** The largest body the route takes; 0 for a route that takes none. */
  private final long maxBodyBytes;

  private final Guard guard;

  /** A route that takes no request body. */
  JsonEndpoint(JsonRoute route) {
    this(route, 0, exchange -> {});
  }

  private JsonEndpoint(JsonRoute route, long maxBodyBytes, Guard guard) {
    this.route = route;
    this.maxBodyBytes = maxBodyBytes;
    this.guard = guard;
  }

  /**
   * A route whose body (at most {@code maxBodyBytes}) is read in full before it runs (see
   * {@link #body}), once {@code guard} let the request through: a refused client sends no body.
   */
  static JsonEndpoint withBody(JsonRoute route, long maxBodyBytes, Guard guard) {
    return new JsonEndpoint(route, maxBodyBytes, guard);
  }

  /** A cheap check on the IO thread before a body is read; throws {@link HttpStatusException} to refuse. */
  @FunctionalInterface
  interface Guard {
    void check(HttpServerExchange exchange);
  }

  /** The body read for the route running on {@code exchange} (empty when there was none). */
  static byte[] body(HttpServerExchange exchange) {
    byte[] body = exchange.getAttachment(BODY);
    return body == null ? new byte[0] : body;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    if (!exchange.isInIoThread()) {
      run(exchange);
      return;
    }
    if (!announcesBody(exchange)) {
      exchange.dispatch((HttpHandler) this::run);
      return;
    }
    if (maxBodyBytes == 0) {
      refuse(
          exchange,
          400,
          "unexpected_body",
          exchange.getRequestMethod() + " " + exchange.getRequestPath()
              + " takes no request body; send the parameters in the query string");
      return;
    }
    try {
      guard.check(exchange);
    } catch (HttpStatusException e) {
      refuse(exchange, e.status(), e.code(), e.getMessage());
      return;
    }
    if (exchange.getRequestContentLength() > drainLimit(maxBodyBytes)) {
      refuse(exchange, 413, "body_too_large", tooLarge());
      return;
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    long[] received = {0};
    exchange
        .getRequestReceiver()
        .receivePartialBytes(
            (ex, data, last) -> {
              received[0] += data.length;
              if (received[0] <= maxBodyBytes) body.write(data, 0, data.length);
              if (received[0] > drainLimit(maxBodyBytes)) {
                ex.getRequestReceiver().pause();
                refuse(ex, 413, "body_too_large", tooLarge());
              } else if (last && received[0] > maxBodyBytes) {
                // read to the end (discarding the excess) so that the client, still sending, sees
                // the answer
                JsonEndpoint.send(ex, 413, ApiError.of("body_too_large", tooLarge()));
              } else if (last) {
                ex.putAttachment(BODY, body.toByteArray());
                ex.dispatch((HttpHandler) this::run);
              }
            },
            (ex, e) -> org.xnio.IoUtils.safeClose(
                ex.getConnection())); // the client went away, or stalled past the read timeout
  }

  /**
   * How much of a body above the limit is still read (and thrown away) before the 413: a client
   * that sends a body a little too large gets the answer instead of a reset connection.
   */
  static long drainLimit(long maxBodyBytes) {
    return 2 * maxBodyBytes;
  }

  private String tooLarge() {
    String limit = maxBodyBytes >= 1024 * 1024
        ? maxBodyBytes / (1024 * 1024) + " MB"
        : maxBodyBytes + " bytes";
    return "the body is larger than " + limit + "; split the reports into several requests";
  }

  /**
   * Answers with the JSON error without reading a body the request may have; the connection is
   * closed after when one was announced, so nothing waits for the rest of it.
   */
  static void refuse(HttpServerExchange exchange, int status, String code, String message) {
    if (announcesBody(exchange)) exchange.setPersistent(false);
    send(exchange, status, ApiError.of(code, message));
  }

  /** Whether the request says a body follows (a length above zero, or chunks). */
  private static boolean announcesBody(HttpServerExchange exchange) {
    return exchange.getRequestContentLength() > 0
        || exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING);
  }

  private void run(HttpServerExchange exchange) {
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
    } catch (SearchBusyException e) {
      exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
      send(exchange, 503, ApiError.of("busy", e.getMessage()));
    } catch (HttpStatusException e) {
      send(exchange, e.status(), ApiError.of(e.code(), e.getMessage()));
    } catch (Exception | StackOverflowError e) {
      if (e instanceof IOException && !exchange.getConnection().isOpen())
        return; // the client hung up
      LOG.log(Level.SEVERE, "request failed: " + exchange.getRequestURI(), e);
      if (!exchange.isResponseStarted()) {
        send(exchange, 500, ApiError.of("internal", "the server could not answer this request"));
      } else {
        exchange.endExchange();
      }
    }
  }

  /** Sends {@code body} as JSON with {@code status}; a HEAD request gets the same headers and no body. */
  static void send(HttpServerExchange exchange, int status, Object body) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
    if (exchange.getRequestMethod().equals(Methods.HEAD)) {
      byte[] bytes = Json.api().toJson(body).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, bytes.length);
      exchange.endExchange();
      return;
    }
    exchange.getResponseSender().send(Json.api().toJson(body), StandardCharsets.UTF_8);
  }
}
