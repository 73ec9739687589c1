package org.dispatches.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * {@code dispatches load-test}'s run: N clients send a query mix to a server on this machine over
 * HTTP for a fixed time ({@link LoadDriver}), and every latency, status and error is recorded.
 */
public final class LoadTest {
  /** A response slower than this is an error, whatever it says. */
  static final int TIMEOUT_MILLIS = 30_000;

  private final String base;
  private final LoadDriver driver;
  private final int clients;
  /** Statuses that are answers, not errors: 200, and for a hostile mix the refusals it provokes. */
  private final Set<Integer> answers;

  /** @param base the server, which must be on loopback: this tool never loads another machine */
  public LoadTest(URI base, List<QueryTask> tasks, int clients) throws IOException {
    this(base, tasks, clients, Set.of(200));
  }

  /**
   * A load test for which the statuses {@code answers} are expected (a hostile mix expects its 400s
   * and 503s); any other status, a failed connection or a response slower than 30 s is an error.
   */
  public LoadTest(URI base, List<QueryTask> tasks, int clients, Set<Integer> answers)
      throws IOException {
    if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
      throw new IllegalArgumentException(
          "load tests run against this machine only (127.0.0.1, localhost); got " + base);
    }
    String url = base.toString();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.driver = new LoadDriver(tasks);
    this.clients = clients;
    this.answers = Set.copyOf(answers);
    LoopbackHttp.keepConnectionsAlive();
  }

  /** Runs the clients for {@code seconds} and returns what they saw. */
  public LoadResult run(double seconds) throws InterruptedException {
    return driver.run(
        task -> LoopbackHttp.status(base + task.pathAndQuery(), TIMEOUT_MILLIS),
        clients,
        seconds,
        answers);
  }
}
