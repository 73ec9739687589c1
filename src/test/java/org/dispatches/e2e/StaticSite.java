package org.dispatches.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A host page on a second port (another origin), as a newsroom site that embeds the box would be. */
final class StaticSite implements AutoCloseable {
  private final HttpServer http;

  StaticSite(String html) throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/", exchange -> {
      byte[] body = html.getBytes(StandardCharsets.UTF_8);
      boolean found = exchange.getRequestURI().getPath().equals("/");
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
      if (found) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
      exchange.close();
    });
    http.start();
  }

  String url() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/";
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
