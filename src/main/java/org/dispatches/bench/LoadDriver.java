package org.dispatches.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Drives a query mix against one system: warm-up, single-client latency, throughput with N clients. */
final class LoadDriver {
  private final List<QueryTask> tasks;

  LoadDriver(List<QueryTask> tasks) {
    this.tasks = List.copyOf(tasks);
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
      for (QueryTask t : tasks) {
        long start = System.nanoTime();
        client.run(t);
        nanos[n++] = System.nanoTime() - start;
      }
    }
    return Latencies.of(nanos);
  }

  /** The total hits of each task, in task order (what systems are compared on). */
  Map<QueryTask, Long> hitCounts(QueryClient client) throws Exception {
    Map<QueryTask, Long> counts = new LinkedHashMap<>();
    for (QueryTask t : tasks) counts.put(t, client.run(t));
    return counts;
  }

  /** Queries per second with {@code clients} concurrent clients, each cycling the mix from its own offset. */
  double throughput(QueryClient client, int clients, double seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    List<Future<Long>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int offset = c * 7;
      done.add(pool.submit(() -> {
        long n = 0;
        for (int i = offset; System.nanoTime() < deadline; i++) {
          client.run(tasks.get(i % tasks.size()));
          n++;
        }
        return n;
      }));
    }
    long total = 0;
    try {
      for (Future<Long> f : done) total += f.get();
    } finally {
      pool.shutdown();
    }
    return total / ((System.nanoTime() - start) / 1e9);
  }
}
