package org.dispatches.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N clients send a query mix to a server on this machine for a fixed time, each waiting for its
 * answer before the next request (closed loop), and every latency and error is recorded.
 */
public final class LoadTest {
  private final URI base;
  private final List<QueryTask> tasks;
  private final int clients;
  /** Statuses that are answers, not errors: 200, and for a hostile mix the refusals it provokes. */
  private final Set<Integer> answers;
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  /** @param base the server, which must be on loopback: this tool never loads another machine */
  public LoadTest(URI base, List<QueryTask> tasks, int clients) throws IOException {
    this(base, tasks, clients, Set.of(200));
  }

  /**
   * A load test for which the statuses {@code answers} are expected (a hostile mix expects its 400s
   * and 503s); any other status, a failed connection or a response slower than 30 s is an error.
   */
  public LoadTest(URI base, List<QueryTask> tasks, int clients, Set<Integer> answers) throws IOException {
    if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
      throw new IllegalArgumentException("load tests run against this machine only (127.0.0.1, localhost); got " + base);
    }
    this.base = base;
    this.tasks = List.copyOf(tasks);
    this.clients = clients;
    this.answers = Set.copyOf(answers);
  }

  /** Runs the clients for {@code seconds} and returns what they saw. */
  public LoadResult run(double seconds) throws InterruptedException {
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    Map<String, AtomicLong> refused = new ConcurrentHashMap<>();
    List<Future<Samples>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      for (int c = 0; c < clients; c++) {
        int offset = c;
        futures.add(pool.submit(() -> client(offset, end, errors, refused)));
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    List<Samples> latencies = new ArrayList<>();
    for (Future<Samples> f : futures) {
      try {
        latencies.add(f.get());
      } catch (ExecutionException e) {
        errors.computeIfAbsent("client crashed: " + e.getCause(), k -> new AtomicLong()).incrementAndGet();
      }
    }
    return LoadResult.of(latencies, tasks, errors, refused, elapsed, clients);
  }

  /** One client: walks the task list from its own offset until the end time; returns its latencies. */
  private Samples client(int offset, long end, Map<String, AtomicLong> errors, Map<String, AtomicLong> refused) {
    long[] micros = new long[1024];
    int[] taskOf = new int[1024];
    int n = 0;
    for (int i = offset; System.nanoTime() < end; i++) {
      int taskIndex = i % tasks.size();
      QueryTask task = tasks.get(taskIndex);
      HttpRequest request = HttpRequest.newBuilder(base.resolve(task.pathAndQuery()))
          .timeout(Duration.ofSeconds(30)).GET().build();
      long t0 = System.nanoTime();
      try {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if (!answers.contains(status)) count(errors, task.category() + " HTTP " + status);
        else if (status != 200) count(refused, task.category() + " HTTP " + status);
      } catch (Exception e) {
        count(errors, task.category() + " " + e.getClass().getSimpleName());
        if (e instanceof InterruptedException) break;
      }
      if (n == micros.length) {
        micros = Arrays.copyOf(micros, n * 2);
        taskOf = Arrays.copyOf(taskOf, n * 2);
      }
      taskOf[n] = taskIndex;
      micros[n++] = (System.nanoTime() - t0) / 1000;
    }
    return new Samples(Arrays.copyOf(micros, n), Arrays.copyOf(taskOf, n));
  }

  /** One client's latencies in µs, each with the index of the task it timed. */
  record Samples(long[] micros, int[] task) {}

  private static void count(Map<String, AtomicLong> errors, String kind) {
    errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
  }
}
