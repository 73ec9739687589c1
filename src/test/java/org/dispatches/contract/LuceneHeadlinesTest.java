package org.dispatches.contract;

/** The headline-set counts on the embedded Lucene index. */
class LuceneHeadlinesTest extends HeadlinesContract {
  @Override
  Engine engine() {
    return Engine.lucene();
  }
}
