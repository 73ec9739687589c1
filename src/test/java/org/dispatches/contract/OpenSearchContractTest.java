package org.dispatches.contract;

/** The search contract on an OpenSearch node (skipped when none runs), over two shards. */
class OpenSearchContractTest extends SearchContract {
  @Override
  Engine engine() {
    return Engine.openSearch(2, 0);
  }
}
