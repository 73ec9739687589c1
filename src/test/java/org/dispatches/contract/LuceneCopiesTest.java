package org.dispatches.contract;

/** The copies contract on the embedded Lucene index. */
class LuceneCopiesTest extends CopiesContract {
  @Override
  Engine engine() {
    return Engine.lucene();
  }
}
