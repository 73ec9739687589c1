package org.dispatches.contract;

/** Claims and summaries on an OpenSearch node (skipped when none runs), over two shards. */
class OpenSearchClaimsTest extends ClaimsContract {
  @Override
  Engine engine() {
    return Engine.openSearch(2, 0);
  }
}
