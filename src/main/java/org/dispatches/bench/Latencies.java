package org.dispatches.bench;

import java.util.Arrays;

/** Latency percentiles of a set of timed queries, in milliseconds. */
public record Latencies(int count, double p50, double p95, double p99, double mean) {

  static Latencies of(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
    return new Latencies(sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), mean);
  }

  /** Nearest-rank percentile. */
  private static double at(long[] sorted, double p) {
    if (sorted.length == 0) return 0;
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
