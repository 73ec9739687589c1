package org.dispatches.server;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import java.net.InetSocketAddress;
import io.undertow.server.handlers.GracefulShutdownHandler;
import org.dispatches.claims.SeriesStore;
import org.dispatches.index.PushedReports;
import org.dispatches.search.SearchBackend;

/** The HTTP server: every route in one table, static files from the web folder as the fallback. */
public final class DispatchesServer implements AutoCloseable {
  /** How long a stopping server lets requests in flight finish. */
  static final long DRAIN_MILLIS = 10_000;
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
  public DispatchesServer(ServerConfig config, SearchBackend search, PushedReports pushes, Runnable afterPush) {
    ApiRoutes api = new ApiRoutes(search);
    PushRoute push = new PushRoute(config.writeToken(), pushes, afterPush, config.maxPushBytes());
    ExportRoute export = new ExportRoute(search);
    ClaimsRoute claims = new ClaimsRoute(search, config.seriesDir() == null ? null : new SeriesStore(config.seriesDir()));
    RoutingHandler routes = Handlers.routing()
        .get("/api/search", new JsonEndpoint(api::search))
        .get("/api/articles/{id}", new JsonEndpoint(api::article))
        .get("/api/health", new JsonEndpoint(api::health))
        .get("/api/suggest", new JsonEndpoint(api::suggest))
        .get("/api/export", new JsonEndpoint(export::export))
        .get("/api/claims", new JsonEndpoint(claims::claims))
        .get("/api/series", new JsonEndpoint(claims::seriesList))
        .get("/api/series/{name}", new JsonEndpoint(claims::series))
        .post("/api/reports", new JsonEndpoint(push::push))
        .setInvalidMethodHandler(new JsonEndpoint(ex -> {
          ex.setStatusCode(405);
          JsonEndpoint.send(ex, 405, ApiError.of("method_not_allowed", ex.getRequestMethod() + " is not allowed here"));
          return null;
        }))
        .setFallbackHandler(fallback(config));
    this.undertow = Undertow.builder()
        .addHttpListener(config.port(), config.host())
        .setHandler(graceful = Handlers.gracefulShutdown(new SecurityHeaders(new CorsHandler(routes, config.allowedOrigins()))))
        .build();
  }

  private static HttpHandler fallback(ServerConfig config) {
    HttpHandler notFound = new JsonEndpoint(ex -> {
      throw new NotFoundException("no such route: " + ex.getRequestPath());
    });
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
