package org.dispatches.bench;

import java.util.Map;

/**
 * How one system served the query mix.
 *
 * @param hitCounts total hits per task, for the cross-check between systems
 * @param qps4 queries per second with 4 concurrent clients
 * @param qps16 queries per second with 16 concurrent clients
 */
public record SearchResult(
    String name, Latencies latency, double qps4, double qps16, Map<QueryTask, Long> hitCounts) {}
