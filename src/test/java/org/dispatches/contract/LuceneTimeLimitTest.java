package org.dispatches.contract;

/** The time limit contract on the embedded Lucene index. */
class LuceneTimeLimitTest extends TimeLimitContract {
  @Override
  Engine engine() {
    return Engine.lucene();
  }
}
