package org.dispatches.bench;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SortOrder;
import org.dispatches.index.FieldCatalog;

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
    return SearchRequest.builder()
        .query(t.query())
        .outlets(t.all("outlet"))
        .actors(t.all("actor"))
        .figures(t.all("figure"))
        .sources(t.all("source"))
        .from(date(t.first("from")))
        .to(date(t.first("to")))
        .sort(sort == null ? null : SortOrder.fromParam(sort))
        .page(t.page())
        .size(t.size())
        .facets(new LinkedHashSet<>(t.facets(FieldCatalog.FACET_DIMENSIONS)))
        .build();
  }

  private static LocalDate date(String v) {
    return v == null ? null : LocalDate.parse(v);
  }
}
