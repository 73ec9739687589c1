package org.dispatches.api;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.dispatches.extract.Article;

/**
 * What the server and the command line ask of a search engine: the seam between the API and the
 * engine behind it (the embedded Lucene index, or a cluster).
 */
public interface SearchBackend {

  /** A page of results with facet counts. */
  SearchResponse search(SearchRequest request) throws IOException;

  /**
   * The same, stopped early when {@code abandoned} turns true (the client hung up); engines that
   * cannot stop a search early ignore it.
   */
  default SearchResponse search(SearchRequest request, java.util.function.BooleanSupplier abandoned)
      throws IOException {
    return search(request);
  }

  /** The article with {@code id}, if there is one. */
  Optional<Article> article(String id) throws IOException;

  /** How many reports there are. */
  long count() throws IOException;

  /** Actors and outlets whose names match {@code text}, most frequent first. */
  List<Suggestion> suggest(String text, int limit) throws IOException;

  /** A name of the index state searches read now (changes when reports are added); null when the engine has none. */
  default String indexVersion() throws IOException {
    return null;
  }

  /** Every report matching {@code request} (no paging, no snippets), in the request's order; returns how many. */
  long forEachHit(SearchRequest request, HitConsumer consumer) throws IOException;

  /** Receives exported hits one by one. */
  @FunctionalInterface
  interface HitConsumer {
    void accept(Hit hit) throws IOException;
  }
}
