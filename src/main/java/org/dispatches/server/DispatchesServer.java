package org.dispatches.server;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.resource.PathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import java.net.InetSocketAddress;
import org.dispatches.search.SearchBackend;

/** The HTTP server: every route in one table, static files from the web folder as the fallback. */
public final class DispatchesServer implements AutoCloseable {
  private final Undertow undertow;

  public DispatchesServer(ServerConfig config, SearchBackend search) {
    ApiRoutes api = new ApiRoutes(search);
    ExportRoute export = new ExportRoute(search);
    RoutingHandler routes = Handlers.routing()
        .get("/api/search", new JsonEndpoint(api::search))
        .get("/api/articles/{id}", new JsonEndpoint(api::article))
        .get("/api/health", new JsonEndpoint(api::health))
        .get("/api/suggest", new JsonEndpoint(api::suggest))
        .get("/api/export", new JsonEndpoint(export::export))
        .setInvalidMethodHandler(new JsonEndpoint(ex -> {
          ex.setStatusCode(405);
          JsonEndpoint.send(ex, 405, ApiError.of("method_not_allowed", ex.getRequestMethod() + " is not allowed here"));
          return null;
        }))
        .setFallbackHandler(fallback(config));
    this.undertow = Undertow.builder()
        .addHttpListener(config.port(), config.host())
        .setHandler(new CorsHandler(routes, config.allowedOrigins()))
        .build();
  }

  private static HttpHandler fallback(ServerConfig config) {
    HttpHandler notFound = new JsonEndpoint(ex -> {
      throw new NotFoundException("no such route: " + ex.getRequestPath());
    });
    if (config.webDir() == null) return notFound;
    ResourceHandler files = Handlers.resource(new PathResourceManager(config.webDir(), 1024))
        .setWelcomeFiles("index.html")
        .setDirectoryListingEnabled(false);
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

  @Override
  public void close() {
    undertow.stop();
  }
}
