package org.dispatches.bench;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import org.dispatches.index.FieldCatalog;
import org.dispatches.search.SearchBackend;
import org.dispatches.search.SearchRequest;
import org.dispatches.search.SortOrder;

/** Runs tasks through the Java API ({@link SearchBackend}), as the server does, snippets included. */
final class JavaApiClient implements QueryClient {
  private final SearchBackend backend;

  JavaApiClient(SearchBackend backend) {
    this.backend = backend;
  }

  @Override
  public long run(QueryTask task) throws Exception {
    return backend.search(request(task)).total();
  }

  static SearchRequest request(QueryTask t) {
    String sort = t.first("sort");
    return new SearchRequest(
        t.query(),
        t.all("outlet"),
        t.all("actor"),
        t.all("figure"),
        t.all("source"),
        date(t.first("from")),
        date(t.first("to")),
        sort == null ? null : SortOrder.fromParam(sort),
        t.page(),
        t.size(),
        new LinkedHashSet<>(t.facets(FieldCatalog.FACET_DIMENSIONS)),
        SearchRequest.DEFAULT_FACET_SIZE);
  }

  private static LocalDate date(String v) {
    return v == null ? null : LocalDate.parse(v);
  }
}
