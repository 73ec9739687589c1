package org.dispatches.server;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.util.Methods;
import java.net.InetSocketAddress;
import org.dispatches.api.SearchBackend;
import org.dispatches.claims.SeriesStore;
import org.dispatches.index.PushedReports;
import org.xnio.Options;

/** The HTTP server: every route in one table, static files from the web folder as the fallback. */
public final class DispatchesServer implements AutoCloseable {
  /** How long a stopping server lets requests in flight finish. */
  static final long DRAIN_MILLIS = 10_000;
  /** A connection that sends nothing for this long while a request or its body is due is closed. */
  static final int READ_TIMEOUT_MILLIS = 10_000;
  /** A kept-alive connection with no request for this long is closed. */
  static final int IDLE_MILLIS = 60_000;
  /** Worker threads: Undertow's default (8 per core) is 16 here, fewer than the searches that may wait for a turn. */
  static final int WORKER_THREADS = 64;
  /** The request line and headers together. */
  static final int MAX_HEADER_BYTES = 64 * 1024;

  private final Undertow undertow;
  private final GracefulShutdownHandler graceful;

  /** A read-only server: {@code POST /api/reports} answers 403. */
  public DispatchesServer(ServerConfig config, SearchBackend search) {
    this(config, search, null, () -> {});
  }

  /**
   * A server that also indexes pushed reports when {@code config} has a write token.
   *
   * @param afterPush runs after a push commits (refreshes the searchers so new reports show)
   */
  public DispatchesServer(
      ServerConfig config, SearchBackend search, PushedReports pushes, Runnable afterPush) {
    ApiRoutes api = new ApiRoutes(search);
    PushRoute push = new PushRoute(config.writeToken(), pushes, afterPush, config.maxPushBytes());
    ExportRoute export = new ExportRoute(search);
    ClaimsRoute claims = new ClaimsRoute(
        search, config.seriesDir() == null ? null : new SeriesStore(config.seriesDir()));
    RoutingHandler routes = Handlers.routing();
    // HEAD answers as GET does, without the body
    read(routes, "/api/search", new JsonEndpoint(api::search));
    read(routes, "/api/articles/{id}", new JsonEndpoint(api::article));
    read(routes, "/api/health", new JsonEndpoint(api::health));
    read(routes, "/api/suggest", new JsonEndpoint(api::suggest));
    read(routes, "/api/series", new JsonEndpoint(claims::seriesList));
    read(routes, "/api/series/{name}", new JsonEndpoint(claims::series));
    routes
        .get("/api/export", new JsonEndpoint(export::export))
        .get("/api/claims", new JsonEndpoint(claims::claims))
        .post(
            "/api/reports", JsonEndpoint.withBody(push::push, push.maxBodyBytes(), push::authorize))
        .setInvalidMethodHandler(ex -> JsonEndpoint.refuse(
            ex, 405, "method_not_allowed", ex.getRequestMethod() + " is not allowed here"))
        .setFallbackHandler(fallback(config));
    this.undertow = Undertow.builder()
        .addHttpListener(config.port(), config.host())
        // expensive searches wait for a turn parked on a worker: enough workers that they never
        // hold up cheap ones
        .setWorkerThreads(WORKER_THREADS)
        // a body is read off the worker threads (JsonEndpoint); a connection that stops sending is
        // closed
        .setSocketOption(Options.READ_TIMEOUT, READ_TIMEOUT_MILLIS)
        .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, READ_TIMEOUT_MILLIS)
        .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, IDLE_MILLIS)
        // Undertow's own default (2 MiB) would refuse pushes below the documented limit with a 500;
        // JsonEndpoint answers 413 above the limit, reading a little past it so the client hears it
        .setServerOption(
            UndertowOptions.MAX_ENTITY_SIZE, JsonEndpoint.drainLimit(config.maxPushBytes()))
        // the parameter limit is ParameterLimit's, so that its error is JSON: the header limit
        // keeps
        // the parameter count of any request line below Undertow's own limit
        .setServerOption(UndertowOptions.MAX_HEADER_SIZE, MAX_HEADER_BYTES)
        .setServerOption(UndertowOptions.MAX_PARAMETERS, MAX_HEADER_BYTES / 2 + 1)
        .setHandler(
            graceful = Handlers.gracefulShutdown(new SecurityHeaders(
                new ParameterLimit(new CorsHandler(routes, config.allowedOrigins())))))
        .build();
  }

  private static void read(RoutingHandler routes, String template, HttpHandler handler) {
    routes.get(template, handler).add(Methods.HEAD, template, handler);
  }

  private static HttpHandler fallback(ServerConfig config) {
    HttpHandler notFound =
        ex -> JsonEndpoint.refuse(ex, 404, "not_found", "no such route: " + ex.getRequestPath());
    if (config.webDir() == null) return notFound;
    StaticFiles files = new StaticFiles(config.webDir(), notFound);
    return exchange -> {
      if (exchange.getRequestPath().startsWith("/api/")) notFound.handleRequest(exchange);
      else files.handleRequest(exchange);
    };
  }

  public DispatchesServer start() {
    undertow.start();
    return this;
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
  }

  /** Stops taking requests, lets those in flight finish (up to {@link #DRAIN_MILLIS}), then stops. */
  @Override
  public void close() {
    graceful.shutdown();
    try {
      graceful.awaitShutdown(DRAIN_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    undertow.stop();
  }
}
