package org.dispatches.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hostile connections for a load test: each sends a request that promises a body it never sends
 * (a push, a search with {@code Content-Length}), or headers it never finishes, then waits for
 * the server to answer or close; a second after, it comes back. The server must not let them hold
 * the worker threads the searches need.
 */
public final class IdleBodies implements AutoCloseable {
  private static final String[] REQUESTS = {
    "POST /api/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nContent-Length: 10\r\n\r\n",
    "GET /api/search?q=ceasefire HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n",
    "POST /api/reports HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n",
    "GET /api/search?q=ceasefire HTTP/1.1\r\nHost: x\r\nX-Never: ends", // headers never finished
  };
  private final URI base;
  private final int connections;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private volatile boolean running = true;
  private final AtomicLong opened = new AtomicLong();
  private final AtomicLong longestHeldMillis = new AtomicLong();

  public IdleBodies(URI base, int connections) throws IOException {
    if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
      throw new IllegalArgumentException("load tests run against this machine only; got " + base);
    }
    this.base = base;
    this.connections = connections;
  }

  /** Opens the connections, each on its own virtual thread, until {@link #close()}. */
  public IdleBodies start() {
    for (int i = 0; i < connections; i++) {
      String request = REQUESTS[i % REQUESTS.length];
      threads.submit(() -> hold(request));
    }
    return this;
  }

  private void hold(String request) {
    while (running) {
      long t0 = System.nanoTime();
      try (Socket socket = new Socket(base.getHost(), base.getPort())) {
        opened.incrementAndGet();
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        socket.setSoTimeout(1_000);
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        while (running) {
          try {
            if (in.read(buffer) < 0) break; // the server closed it
          } catch (java.net.SocketTimeoutException stillOpen) {
            // keep holding it
          }
        }
      } catch (IOException e) {
        // refused or reset: come back as below
      }
      longestHeldMillis.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
      pause();
    }
  }

  private void pause() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  /** How many connections were opened in all. */
  public long opened() {
    return opened.get();
  }

  /** The longest time the server kept one of them open (ms). */
  public long longestHeldMillis() {
    return longestHeldMillis.get();
  }

  @Override
  public void close() {
    running = false;
    threads.shutdownNow();
    threads.close();
  }
}
