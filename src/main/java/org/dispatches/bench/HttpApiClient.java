package org.dispatches.bench;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs tasks through Dispatches' HTTP API with the JDK's HTTP client, parsing each JSON response. */
final class HttpApiClient implements QueryClient {
  private final HttpClient http;
  private final String base;

  HttpApiClient(HttpClient http, int port) {
    this.http = http;
    this.base = "http://127.0.0.1:" + port + "/api/search?";
  }

  static HttpClient newHttp() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  }

  @Override
  public long run(QueryTask task) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + queryString(task))).GET().build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " for " + task.label() + ": " + response.body());
    }
    return JsonParser.parseString(response.body()).getAsJsonObject().get("total").getAsLong();
  }

  static String queryString(QueryTask task) {
    StringBuilder qs = new StringBuilder();
    for (Map.Entry<String, List<String>> e : task.params().entrySet()) {
      for (String v : e.getValue()) {
        if (!qs.isEmpty()) qs.append('&');
        qs.append(e.getKey()).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
      }
    }
    return qs.toString();
  }
}
