package org.dispatches.bench;

import com.google.gson.JsonParser;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs tasks through Dispatches' HTTP API, parsing each JSON response. */
final class HttpApiClient implements QueryClient {
  private final String base;

  HttpApiClient(int port) {
    this.base = "http://127.0.0.1:" + port + "/api/search?";
  }

  /** The JDK's client, for the requests whose speed is not measured (loading, checks). */
  static HttpClient newHttp() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  }

  @Override
  public long run(QueryTask task) throws Exception {
    String body = LoopbackHttp.get(base + queryString(task));
    return JsonParser.parseString(body).getAsJsonObject().get("total").getAsLong();
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
