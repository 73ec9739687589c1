package org.dispatches.bench;

import java.nio.file.Path;

/**
 * A generated corpus file.
 *
 * @param fileBytes size of the JSON Lines file as written (gzipped or not)
 * @param textBytes UTF-8 bytes of all titles and bodies: the raw text that index sizes are compared with
 */
public record BenchCorpus(
    Path file, int docs, long seed, long fileBytes, long textBytes, double wordsPerReport) {}
