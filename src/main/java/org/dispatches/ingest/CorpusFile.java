package org.dispatches.ingest;

import java.nio.file.Path;

/** An input file and its path relative to the corpus root it was found under. */
public record CorpusFile(Path path, String relativePath) {}
