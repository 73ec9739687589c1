package org.dispatches.bench;

import com.google.gson.JsonParser;

/** Runs tasks through Dispatches' HTTP API, parsing each JSON response. */
final class HttpApiClient implements QueryClient {
  private final String base;

  HttpApiClient(int port) {
    this.base = "http://127.0.0.1:" + port + "/api/search?";
  }

  @Override
  public long run(QueryTask task) throws Exception {
    String body = LoopbackHttp.get(base + task.queryString());
    return JsonParser.parseString(body).getAsJsonObject().get("total").getAsLong();
  }
}
