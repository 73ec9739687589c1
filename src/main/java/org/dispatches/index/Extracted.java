package org.dispatches.index;

import org.dispatches.ingest.SourceLocation;

/**
 * A report extracted and made into a sink's document, on its way to be written.
 *
 * @param id the report's id, under which the sink replaces an earlier version
 * @param where the record it came from, for its outcome
 * @param document what the sink writes (a Lucene document, a JSON source ...)
 */
public record Extracted<D>(String id, SourceLocation where, D document) {}
