package org.dispatches.bench;

/**
 * Latencies of two systems timed query by query in turn, so that whatever else the machine is
 * doing at a moment falls on both: on a shared machine, mixes timed one after the other minutes
 * apart can differ by 10x for reasons neither system owns.
 *
 * @param ours Dispatches over HTTP
 * @param theirs the baseline (OpenSearch)
 */
public record PairedLatencies(Latencies ours, Latencies theirs) {}
