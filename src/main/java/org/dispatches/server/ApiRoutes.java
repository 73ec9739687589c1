package org.dispatches.server;

import io.undertow.server.HttpServerExchange;
import java.util.List;
import java.util.Map;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.Suggestion;

/** The read routes of the API, one method each: parse, call the service, return the value. */
final class ApiRoutes {
  private final SearchBackend search;

  ApiRoutes(SearchBackend search) {
    this.search = search;
  }

  Object search(HttpServerExchange exchange) throws Exception {
    // a client that hangs up stops its search
    return search.search(
        SearchParams.parse(exchange.getQueryParameters()), new ClientGone(exchange));
  }

  Object article(HttpServerExchange exchange) throws Exception {
    String id = SearchParams.first(exchange.getQueryParameters(), "id");
    return search
        .article(id)
        .map(ArticleView::of)
        .orElseThrow(() -> new NotFoundException("no report with id \"" + id + "\""));
  }

  Object health(HttpServerExchange exchange) throws Exception {
    return Map.of("status", "ok", "documents", search.count());
  }

  Object suggest(HttpServerExchange exchange) throws Exception {
    var params = exchange.getQueryParameters();
    int limit = Math.min(20, Math.max(1, SearchParams.integer(params, "size", 8)));
    List<Suggestion> list = search.suggest(SearchParams.first(params, "q"), limit);
    return Map.of("suggestions", list);
  }
}
