package org.dispatches.bench;

/** Runs one task against one system and returns its total hit count (what systems are compared on). */
@FunctionalInterface
interface QueryClient {
  long run(QueryTask task) throws Exception;
}
