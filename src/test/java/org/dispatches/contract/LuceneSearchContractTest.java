package org.dispatches.contract;

/** The search contract on the embedded Lucene index. */
class LuceneSearchContractTest extends SearchContract {
  @Override
  Engine engine() {
    return Engine.lucene();
  }
}
