package org.dispatches.contract;

/** The deep cursor contract on the embedded Lucene index. */
class LuceneDeepCursorTest extends DeepCursorContract {
  @Override
  Engine engine() {
    return Engine.lucene();
  }

  @Override
  boolean collapsedCursorsReadPastTheDepth() {
    return true;
  }
}
