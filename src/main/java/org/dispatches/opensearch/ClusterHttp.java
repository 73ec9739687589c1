package org.dispatches.opensearch;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * A thin JSON-over-HTTP client for the few OpenSearch endpoints Dispatches uses, on the JDK's own
 * HTTP client: no extra dependency in the jar, and every request body is plain JSON one can read.
 */
public final class ClusterHttp {
  private final String baseUrl;
  private final HttpClient client;
  private final Duration timeout;
  /** How often a request that may be abandoned asks whether it still is wanted. */
  static final long POLL_MILLIS = 50;

  /** A client for the cluster at {@code url} (e.g. http://127.0.0.1:9200). */
  public ClusterHttp(String url, Duration connectTimeout, Duration requestTimeout) {
    this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.client = HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .version(HttpClient.Version.HTTP_1_1)
        .proxy(HttpClient.Builder.NO_PROXY)
        .build();
    this.timeout = requestTimeout;
  }

  /** A client with a 5 s connect timeout and a 60 s request timeout. */
  public static ClusterHttp to(String url) {
    return new ClusterHttp(url, Duration.ofSeconds(5), Duration.ofSeconds(60));
  }

  public String url() {
    return baseUrl;
  }

  /** The status and parsed JSON body of one request; {@code body} may be null. */
  public Reply send(String method, String path, JsonElement body) throws IOException {
    return sendRaw(
        method, path, body == null ? null : body.toString(), "application/json", timeout);
  }

  /** Sends newline-delimited JSON (the bulk API's format). */
  public Reply sendNdjson(String path, String ndjson) throws IOException {
    return sendRaw("POST", path, ndjson, "application/x-ndjson", timeout);
  }

  /** Like {@link #send}, but an error status becomes a {@link ClusterException}. */
  public JsonObject expectOk(String method, String path, JsonElement body) throws IOException {
    return expectOk(method, path, body, timeout);
  }

  /** Like {@link #expectOk(String, String, JsonElement)}, waiting at most {@code within} for the answer. */
  public JsonObject expectOk(String method, String path, JsonElement body, Duration within)
      throws IOException {
    return expectOk(method, path, body, within, null);
  }

  /**
   * The same, given up as soon as {@code abandoned} says the answer is no longer wanted (it is
   * asked every {@link #POLL_MILLIS} ms): the request is cancelled and its connection closed,
   * which makes the cluster cancel the search it runs for it; an {@link IOException} then.
   */
  public JsonObject expectOk(
      String method, String path, JsonElement body, Duration within, BooleanSupplier abandoned)
      throws IOException {
    HttpRequest request =
        request(method, path, body == null ? null : body.toString(), "application/json", within);
    Reply reply = abandoned == null ? send(request, within) : send(request, within, abandoned);
    if (!reply.ok())
      throw new ClusterException(method + " " + path, reply.status(), reply.reason());
    return reply.json();
  }

  private Reply sendRaw(
      String method, String path, String body, String contentType, Duration timeout)
      throws IOException {
    return send(request(method, path, body, contentType, timeout), timeout);
  }

  private HttpRequest request(
      String method, String path, String body, String contentType, Duration timeout) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout);
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", contentType)
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return b.build();
  }

  private Reply send(HttpRequest request, Duration timeout) throws IOException {
    try {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), parse(response.body()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + baseUrl, e);
    } catch (IOException e) {
      throw failure(request, timeout, e);
    }
  }

  private Reply send(HttpRequest request, Duration timeout, BooleanSupplier abandoned)
      throws IOException {
    CompletableFuture<HttpResponse<String>> answer =
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    try {
      while (true) {
        try {
          HttpResponse<String> response = answer.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
          return new Reply(response.statusCode(), parse(response.body()));
        } catch (TimeoutException stillWaiting) {
          if (abandoned.getAsBoolean()) {
            answer.cancel(true);
            throw new IOException(request.method() + " " + request.uri()
                + " given up: its answer is no longer wanted");
          }
        }
      }
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + baseUrl, e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io
          ? failure(request, timeout, io)
          : new IOException(request.method() + " " + request.uri() + " failed", e.getCause());
    }
  }

  /** The exception a failed request is reported with: unreachable, timed out, or as it came. */
  private IOException failure(HttpRequest request, Duration timeout, IOException e) {
    if (e instanceof ConnectException || e instanceof HttpConnectTimeoutException)
      return new ClusterUnreachableException(baseUrl, e);
    if (e instanceof HttpTimeoutException) {
      return new IOException(
          request.method() + " " + request.uri() + " timed out after " + timeout.toMillis() + " ms",
          e);
    }
    return e;
  }

  private static JsonObject parse(String text) {
    if (text == null || text.isBlank()) return new JsonObject();
    try {
      JsonElement e = JsonParser.parseString(text);
      if (e.isJsonObject()) return e.getAsJsonObject();
    } catch (RuntimeException notJson) {
      // fall through: keep the text as the reason
    }
    JsonObject o = new JsonObject();
    o.addProperty("text", text.length() > 500 ? text.substring(0, 500) : text);
    return o;
  }

  /** One answer: HTTP status and body. */
  public record Reply(int status, JsonObject json) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }

    /** Worth retrying: the cluster is busy (429) or a node is briefly unavailable (5xx). */
    public boolean retryable() {
      return status == 429 || status >= 500;
    }

    /** OpenSearch's reason for an error, or the body. */
    public String reason() {
      JsonElement error = json.get("error");
      if (error != null && error.isJsonObject()) {
        JsonObject e = error.getAsJsonObject();
        JsonElement root = e.has("root_cause") && e.getAsJsonArray("root_cause").size() > 0
            ? e.getAsJsonArray("root_cause").get(0)
            : e;
        JsonObject r = root.getAsJsonObject();
        String type = r.has("type") ? r.get("type").getAsString() : "error";
        return type
            + (r.has("reason") && !r.get("reason").isJsonNull()
                ? ": " + r.get("reason").getAsString()
                : "");
      }
      if (error != null && error.isJsonPrimitive()) return error.getAsString();
      return json.toString();
    }
  }
}
