package org.dispatches.contract;

/** The copies contract on an OpenSearch node (skipped when none runs), over two shards. */
class OpenSearchCopiesTest extends CopiesContract {
  @Override
  Engine engine() {
    return Engine.openSearch(2, 0);
  }
}
