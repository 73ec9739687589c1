package org.dispatches.contract;

/** The field catalogue's contract on the embedded Lucene index. */
class LuceneFieldCatalogTest extends FieldCatalogContract {
  @Override
  Engine engine() {
    return Engine.lucene();
  }
}
