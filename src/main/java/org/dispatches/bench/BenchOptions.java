package org.dispatches.bench;

import java.nio.file.Path;

/**
 * What a benchmark run does.
 *
 * @param dataRoot the shared data folder holding the full-text sets
 * @param workDir where the corpus, indexes and bulk file are written (never committed)
 * @param extractionSample how many reports the extraction-alone pass runs over
 * @param openSearch "none", "auto" (start and stop a node with the script), or a node's URL
 * @param tasks the task file; null for the built-in mix
 * @param report the markdown file the result table is appended to; null appends nowhere
 */
public record BenchOptions(
    int docs,
    long seed,
    Path dataRoot,
    Path workDir,
    int threads,
    long extractionSample,
    String openSearch,
    Path openSearchScript,
    int openSearchPort,
    String openSearchHeap,
    Path tasks,
    double warmupSeconds,
    double measureSeconds,
    int latencyRounds,
    boolean gzip,
    Path report) {

  public boolean withOpenSearch() {
    return !openSearch.equals("none");
  }
}
