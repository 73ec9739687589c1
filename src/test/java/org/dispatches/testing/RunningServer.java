package org.dispatches.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dispatches.ingest.RawReport;
import org.dispatches.server.DispatchesServer;
import org.dispatches.server.ServerConfig;

/** A real server on a free loopback port over an in-memory index of the given reports. */
public final class RunningServer implements AutoCloseable {
  public final TestIndex index;
  public final DispatchesServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  public RunningServer(List<RawReport> reports, Path webDir) throws Exception {
    this(reports, webDir, Set.of());
  }

  public RunningServer(List<RawReport> reports, Path webDir, Set<String> allowedOrigins)
      throws Exception {
    index = new TestIndex(reports);
    server = new DispatchesServer(
            new ServerConfig("127.0.0.1", 0, webDir, allowedOrigins), index.service)
        .start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** GET {@code pathAndQuery} (already percent-encoded), with optional header pairs. */
  public HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery));
    if (headers.length > 0) b.headers(headers);
    return client.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A value percent-encoded for a query string. */
  public static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The body of a JSON response as an object. */
  public static com.google.gson.JsonObject json(HttpResponse<String> response) {
    return com.google.gson.JsonParser.parseString(response.body()).getAsJsonObject();
  }

  @Override
  public void close() throws Exception {
    server.close();
    index.close();
  }
}
