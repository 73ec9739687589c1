package org.dispatches.api;

import org.apache.lucene.search.Query;

/**
 * The user's query language parsed into a Lucene query tree: the embedded engine runs the tree,
 * the cluster back end translates it to DSL. An interface so that the cluster back end is handed
 * the parser and does not depend on the engine that implements it.
 */
@FunctionalInterface
public interface QueryLanguage {
  /** The query for {@code text}; an empty text matches every report; a bad query is a {@link BadRequestException}. */
  Query translate(String text);
}
