package org.dispatches.eval;

import java.io.IOException;
import java.util.List;

/** A search system under evaluation: the collection is already in it; it ranks ids for a query text. */
public interface Ranker extends AutoCloseable {

  /** A short label for tables and run files. */
  String name();

  /** The ids of the best {@code depth} documents for {@code query}, best first. */
  List<String> rank(String query, int depth) throws IOException;

  @Override
  void close() throws IOException;
}
