package org.dispatches.index;

/** Hears how an indexing run advances; called from the reading thread, at most every few seconds. */
@FunctionalInterface
public interface IndexProgress {
  IndexProgress NONE = (read, indexed, skipped, seconds) -> {};

  void update(long read, long indexed, long skipped, double seconds);
}
