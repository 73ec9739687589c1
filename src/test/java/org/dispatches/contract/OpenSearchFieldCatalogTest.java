package org.dispatches.contract;

/** The field catalogue's contract on an OpenSearch node (skipped when none runs), over two shards. */
class OpenSearchFieldCatalogTest extends FieldCatalogContract {
  @Override
  Engine engine() {
    return Engine.openSearch(2, 0);
  }
}
