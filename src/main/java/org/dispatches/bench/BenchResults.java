package org.dispatches.bench;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything one run measured; the OpenSearch parts are null when it ran without OpenSearch.
 *
 * @param readyMillis from opening the existing index to the server's first answer, in this JVM
 * @param servingPeakHeapBytes the largest heap occupancy after a collection while the Java API and HTTP mixes ran
 * @param serveCheck the real {@code dispatches serve} in a new JVM with a small heap; null when not run from the jar
 * @param interleaved Dispatches over HTTP and OpenSearch timed in turn, query by query; null without OpenSearch
 * @param mismatches tasks whose hit counts differ between Dispatches and OpenSearch
 */
public record BenchResults(
    Machine machine,
    LocalDateTime started,
    String loadBefore,
    String loadAfter,
    BenchCorpus corpus,
    int threads,
    double warmupSeconds,
    int latencyRounds,
    double measureSeconds,
    IndexingResult extraction,
    IndexingResult bareLucene,
    IndexingResult dispatches,
    IndexingResult openSearch,
    String openSearchVersion,
    double readyMillis,
    long servingPeakHeapBytes,
    SearchResult javaApi,
    SearchResult http,
    SearchResult openSearchSearch,
    PairedLatencies interleaved,
    ServeCheck.Outcome serveCheck,
    List<String> mismatches) {}
