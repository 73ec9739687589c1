package org.dispatches.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP client the query passes drive both systems with: one blocking request on the calling
 * thread over a kept-alive connection. The JDK's {@code java.net.http} client hands every request
 * to its selector and executor threads; on two cores those hand-offs added about 0.3 ms to each
 * request of either system, time that measures the client rather than the server.
 */
final class LoopbackHttp {
  /**
   * Idle connections kept per server. The JDK keeps 5 unless told otherwise, so 16 clients would
   * reconnect on most requests; the property is read once, when the first connection is made.
   * As many as a load test may have clients, its normal and hostile mixes together.
   */
  static final int KEPT_CONNECTIONS = 1_100;

  private LoopbackHttp() {}

  /** Asks the JDK to keep enough connections alive for the widest client count; call before any request. */
  static void keepConnectionsAlive() {
    if (System.getProperty("http.maxConnections") == null) {
      System.setProperty("http.maxConnections", String.valueOf(KEPT_CONNECTIONS));
    }
  }

  static String get(String url) throws IOException {
    return exchange("GET", url, null);
  }

  /**
   * The status of a GET, its body read to the end and dropped (so that the connection is reused);
   * an answer slower than {@code timeoutMillis} is a {@link java.net.SocketTimeoutException}.
   */
  static int status(String url, int timeoutMillis) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setConnectTimeout(10_000);
    c.setReadTimeout(timeoutMillis);
    int status = c.getResponseCode();
    try (InputStream in = status / 100 == 2 ? c.getInputStream() : c.getErrorStream()) {
      if (in != null) in.transferTo(OutputStream.nullOutputStream());
    }
    return status;
  }

  static String postJson(String url, String json) throws IOException {
    return exchange("POST", url, json);
  }

  private static String exchange(String method, String url, String json) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setRequestMethod(method);
    c.setConnectTimeout(10_000);
    if (json != null) {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      c.setDoOutput(true);
      c.setRequestProperty("Content-Type", "application/json");
      c.setFixedLengthStreamingMode(body.length);
      try (OutputStream out = c.getOutputStream()) {
        out.write(body);
      }
    }
    int status = c.getResponseCode();
    // read the error stream too: a connection is only reused once its response was read to the end
    try (InputStream in = status / 100 == 2 ? c.getInputStream() : c.getErrorStream()) {
      String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (status / 100 != 2) {
        throw new IOException(method + " " + url + " -> HTTP " + status + ": "
            + (text.length() > 500 ? text.substring(0, 500) + "..." : text));
      }
      return text;
    }
  }
}
