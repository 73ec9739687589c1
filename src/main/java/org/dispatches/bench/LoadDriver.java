package org.dispatches.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
 * The one load driver of {@code dispatches bench} and {@code dispatches load-test}: runs a query
 * mix against one system as warm-up, single-client latency, hit counts, or N closed-loop clients
 * (each waits for its answer before the next request) for a fixed time, every latency recorded.
 */
public final class LoadDriver {
  private final List<QueryTask> tasks;

  public LoadDriver(List<QueryTask> tasks) {
    if (tasks.isEmpty()) throw new IllegalArgumentException("the query mix has no tasks");
    this.tasks = List.copyOf(tasks);
  }

  /** Sends one task and returns the HTTP status it was answered with (200 for a call in this JVM). */
  @FunctionalInterface
  public interface Exchange {
    int send(QueryTask task) throws Exception;
  }

  public List<QueryTask> tasks() {
    return tasks;
  }

  /** Runs the mix with {@code clients} for {@code seconds}, results discarded: the same warm-up for every system. */
  void warm(QueryClient client, int clients, double seconds) throws Exception {
    throughput(client, clients, seconds);
  }

  /** One client runs the mix {@code rounds} times; every query is timed. */
  Latencies latencies(QueryClient client, int rounds) throws Exception {
    long[] nanos = new long[rounds * tasks.size()];
    int n = 0;
    for (int r = 0; r < rounds; r++) {
      for (QueryTask t : tasks) nanos[n++] = time(client, t);
    }
    return Latencies.of(nanos);
  }

  /**
   * Both clients run the mix {@code rounds} times, each query on one and then on the other; which
   * goes first alternates, so neither always meets a cache the other just warmed.
   */
  PairedLatencies interleaved(QueryClient ours, QueryClient theirs, int rounds) throws Exception {
    long[] a = new long[rounds * tasks.size()];
    long[] b = new long[a.length];
    int n = 0;
    for (int r = 0; r < rounds; r++) {
      for (QueryTask t : tasks) {
        boolean oursFirst = (n & 1) == 0;
        long first = time(oursFirst ? ours : theirs, t);
        long second = time(oursFirst ? theirs : ours, t);
        a[n] = oursFirst ? first : second;
        b[n] = oursFirst ? second : first;
        n++;
      }
    }
    return new PairedLatencies(Latencies.of(a), Latencies.of(b));
  }

  private static long time(QueryClient client, QueryTask task) throws Exception {
    long start = System.nanoTime();
    client.run(task);
    return System.nanoTime() - start;
  }

  /** The total hits of each task, in task order (what systems are compared on). */
  Map<QueryTask, Long> hitCounts(QueryClient client) throws Exception {
    Map<QueryTask, Long> counts = new LinkedHashMap<>();
    for (QueryTask t : tasks) counts.put(t, client.run(t));
    return counts;
  }

  /** Queries per second with {@code clients} concurrent clients; a failed query fails the measurement. */
  double throughput(QueryClient client, int clients, double seconds) throws Exception {
    LoadResult result = run(
        t -> {
          client.run(t);
          return 200;
        },
        clients,
        seconds,
        Set.of(200));
    if (result.errorCount() > 0)
      throw new IOException("queries failed while measuring throughput:\n" + result.report());
    return result.throughput();
  }

  /**
   * {@code clients} closed-loop clients, each cycling the mix from its own offset until the time is
   * up. The statuses {@code answers} are expected (a hostile mix expects its 400s and 503s, counted
   * as refusals); any other status or an exception is an error, counted by category and cause.
   */
  public LoadResult run(Exchange exchange, int clients, double seconds, Set<Integer> answers)
      throws InterruptedException {
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    Map<String, AtomicLong> refused = new ConcurrentHashMap<>();
    List<Future<Samples>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      for (int c = 0; c < clients; c++) {
        int offset = c * 7;
        futures.add(pool.submit(() -> client(exchange, offset, end, answers, errors, refused)));
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    List<Samples> latencies = new ArrayList<>();
    for (Future<Samples> f : futures) {
      try {
        latencies.add(f.get());
      } catch (ExecutionException e) {
        count(errors, "client crashed: " + e.getCause());
      }
    }
    return LoadResult.of(latencies, tasks, errors, refused, elapsed, clients);
  }

  private Samples client(
      Exchange exchange,
      int offset,
      long end,
      Set<Integer> answers,
      Map<String, AtomicLong> errors,
      Map<String, AtomicLong> refused) {
    long[] micros = new long[1024];
    int[] taskOf = new int[1024];
    int n = 0;
    for (int i = offset; System.nanoTime() < end; i++) {
      int taskIndex = i % tasks.size();
      QueryTask task = tasks.get(taskIndex);
      long t0 = System.nanoTime();
      try {
        int status = exchange.send(task);
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

  private static void count(Map<String, AtomicLong> counts, String kind) {
    counts.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
  }
}
