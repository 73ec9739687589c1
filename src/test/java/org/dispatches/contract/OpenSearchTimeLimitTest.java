package org.dispatches.contract;

/** The time limit contract on an OpenSearch node (skipped when none runs), over two shards. */
class OpenSearchTimeLimitTest extends TimeLimitContract {
  @Override
  Engine engine() {
    return Engine.openSearch(2, 0);
  }
}
