package org.dispatches.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a load test saw: requests, errors by kind, latency percentiles (ms) and throughput.
 *
 * @param errors failed requests by category and cause (an unexpected status or an exception)
 * @param refused expected refusals by category and status (a hostile mix's 400s and 503s)
 */
public record LoadResult(
    long requests,
    Map<String, Long> errors,
    Map<String, Long> refused,
    double p50,
    double p95,
    double p99,
    double max,
    double seconds,
    int clients,
    Map<String, double[]> byCategory) {

  static LoadResult of(
      List<LoadDriver.Samples> perClient,
      List<QueryTask> tasks,
      Map<String, AtomicLong> errors,
      Map<String, AtomicLong> refused,
      double seconds,
      int clients) {
    long[] all = perClient.stream()
        .flatMapToLong(s -> Arrays.stream(s.micros()))
        .sorted()
        .toArray();
    Map<String, Long> errorCounts = new TreeMap<>();
    errors.forEach((k, v) -> errorCounts.put(k, v.get()));
    Map<String, Long> refusedCounts = new TreeMap<>();
    refused.forEach((k, v) -> refusedCounts.put(k, v.get()));
    return new LoadResult(
        all.length,
        Map.copyOf(errorCounts),
        Map.copyOf(refusedCounts),
        percentile(all, 50),
        percentile(all, 95),
        percentile(all, 99),
        all.length == 0 ? 0 : all[all.length - 1] / 1000.0,
        seconds,
        clients,
        byCategory(perClient, tasks));
  }

  /** p50 and p99 (ms) and the request count of each task category. */
  private static Map<String, double[]> byCategory(
      List<LoadDriver.Samples> perClient, List<QueryTask> tasks) {
    Map<String, List<Long>> samples = new TreeMap<>();
    for (LoadDriver.Samples s : perClient) {
      for (int i = 0; i < s.micros().length; i++) {
        samples
            .computeIfAbsent(tasks.get(s.task()[i]).category(), k -> new java.util.ArrayList<>())
            .add(s.micros()[i]);
      }
    }
    Map<String, double[]> out = new TreeMap<>();
    samples.forEach((category, list) -> {
      long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
      out.put(
          category, new double[] {percentile(sorted, 50), percentile(sorted, 99), sorted.length});
    });
    return out;
  }

  private static double percentile(long[] sortedMicros, double p) {
    if (sortedMicros.length == 0) return 0;
    int i = (int) Math.ceil(p / 100 * sortedMicros.length) - 1;
    return sortedMicros[Math.max(0, Math.min(sortedMicros.length - 1, i))] / 1000.0;
  }

  public long errorCount() {
    return errors.values().stream().mapToLong(Long::longValue).sum();
  }

  public double throughput() {
    return requests / Math.max(seconds, 1e-9);
  }

  /** The figures as lines for a terminal or a Markdown table. */
  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(
        Locale.ROOT,
        "clients %d, %.1f s: %,d requests, %,d errors, %.0f q/s%n",
        clients,
        seconds,
        requests,
        errorCount(),
        throughput()));
    b.append(String.format(
        Locale.ROOT, "latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", p50, p95, p99, max));
    byCategory.forEach((k, v) -> b.append(String.format(
        Locale.ROOT, "  %-10s p50 %7.1f  p99 %7.1f  (%,.0f requests)%n", k, v[0], v[1], v[2])));
    errors.forEach((k, v) -> b.append(String.format(Locale.ROOT, "  error %s: %,d%n", k, v)));
    new TreeMap<>(refused)
        .forEach(
            (k, v) -> b.append(String.format(Locale.ROOT, "  refused (expected) %s: %,d%n", k, v)));
    return b.toString();
  }
}
