package org.dispatches.contract;

/** The facet options contract on an OpenSearch node (skipped when none runs), over two shards. */
class OpenSearchFacetOptionsTest extends FacetOptionsContract {
  @Override
  Engine engine() {
    return Engine.openSearch(2, 0);
  }
}
