package org.dispatches.contract;

/** Claims and summaries on the embedded Lucene index. */
class LuceneClaimsTest extends ClaimsContract {
  @Override
  Engine engine() {
    return Engine.lucene();
  }
}
