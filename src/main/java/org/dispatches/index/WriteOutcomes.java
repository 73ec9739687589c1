package org.dispatches.index;

import org.dispatches.ingest.SourceLocation;

/**
 * Hears what became of each document a sink was given: written (or acknowledged by the cluster),
 * or failed with a reason. Called from the sink's threads, once per document.
 */
public interface WriteOutcomes {
  void indexed(SourceLocation where);

  void failed(SourceLocation where, String reason);
}
