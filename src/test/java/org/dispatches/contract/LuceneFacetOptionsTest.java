package org.dispatches.contract;

/** The facet options contract on the embedded Lucene index. */
class LuceneFacetOptionsTest extends FacetOptionsContract {
  @Override
  Engine engine() {
    return Engine.lucene();
  }
}
