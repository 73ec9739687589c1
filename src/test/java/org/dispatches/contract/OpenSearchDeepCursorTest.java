package org.dispatches.contract;

/** The deep cursor contract on an OpenSearch node (skipped when none runs), over two shards. */
class OpenSearchDeepCursorTest extends DeepCursorContract {
  @Override
  Engine engine() {
    return Engine.openSearch(2, 0);
  }

  @Override
  boolean collapsedCursorsReadPastTheDepth() {
    return false;
  }
}
