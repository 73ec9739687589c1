package org.dispatches.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.dispatches.api.ActorNames;
import org.dispatches.api.BadRequestException;
import org.dispatches.api.Hit;
import org.dispatches.api.QueryLanguage;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchLimits;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.api.Suggestion;
import org.dispatches.extract.Article;
import org.dispatches.index.Fields;

/**
 * The OpenSearch back end: the same API over an index on a cluster. Queries are parsed by the
 * query language it is given ({@link QueryLanguage}, the same parser as the embedded engine's) and translated to DSL ({@link QueryDsl}); filters,
 * drill-sideways facets, the month histogram, snippets and paging become one {@code _search}.
 */
public final class OpenSearchBackend implements SearchBackend {
  private static final int EXPORT_PAGE = 1_000;

  private final ClusterHttp http;
  private final String index;
  private final ActorNames actorNames;
  private final QueryLanguage translator;
  private final SearchResults results = new SearchResults();
  private final NameSuggestions suggestions;
  private final ClusterCursor.Codec cursors = new ClusterCursor.Codec();
  private final CopyLookup copies;

  public OpenSearchBackend(
      ClusterHttp http, String index, ActorNames actorNames, QueryLanguage language) {
    this.http = http;
    this.index = index;
    this.actorNames = actorNames;
    this.translator = language;
    this.suggestions = new NameSuggestions(http, index);
    this.copies = new CopyLookup(http, index);
  }

  /** Checks that the cluster answers and the index exists, so that serving starts with a clear error if not. */
  public static OpenSearchBackend connect(
      ClusterHttp http, String index, ActorNames actorNames, QueryLanguage language)
      throws IOException {
    ClusterHealth.ping(http);
    if (!http.send("HEAD", "/" + index, null).ok()) {
      throw new IOException("no index \"" + index + "\" on " + http.url()
          + "; build one with: dispatches index --backend opensearch --opensearch-url "
          + http.url());
    }
    return new OpenSearchBackend(http, index, actorNames, language);
  }

  @Override
  public SearchResponse search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    // in long, as the embedded back end: page × size overflows an int for pages a client may send
    long depth = (long) request.page() * request.size();
    ClusterCursor cursor =
        request.cursor() == null ? null : cursors.decode(request.cursor(), request.effectiveSort());
    if (cursor == null && depth > SearchLimits.MAX_DEPTH) {
      throw new BadRequestException(
          "bad_parameter",
          "page × size may reach at most " + SearchLimits.MAX_DEPTH
              + " results; to read further, follow nextCursor from page to page (cursor=...), or narrow the search");
    }
    JsonObject body =
        SearchBody.of(dsl(request.query()), ClusterFilters.of(request, actorNames), request);
    if (cursor != null && request.copies().collapse()) {
      // the cluster refuses search_after beside a collapse on another field than the sort: a
      // collapsed cursor reads on by offset instead, within the paging depth
      long offset = (long) (cursor.page() - 1) * request.size();
      if (offset + request.size() > SearchLimits.MAX_DEPTH) {
        throw new BadRequestException(
            "bad_parameter",
            "on the OpenSearch back end, results collapsed by story can be read to "
                + SearchLimits.MAX_DEPTH
                + " at most; add collapse=none to read every report further");
      }
      body.addProperty("from", offset);
    } else if (cursor != null) {
      // search_after reads on from the last hit seen, however deep: no from, no depth limit
      body.remove("from");
      body.add("search_after", cursor.after());
    }
    JsonObject response = http.expectOk("POST", "/" + index + "/_search", body);
    // the cluster answers a search stopped at its time limit with partial results: the embedded
    // back end's 503 instead, so that the API means the same on both
    if (response.has("timed_out") && response.get("timed_out").getAsBoolean()) {
      throw new org.dispatches.api.SearchTimeoutException(SearchLimits.DEFAULT_TIMEOUT.toMillis());
    }
    long took = (System.nanoTime() - start) / 1_000_000;
    long total = results.total(response);
    int page = cursor != null ? cursor.page() : request.page();
    List<Hit> hits = copies.withCopies(results.hits(response, true), results.hitArray(response));
    return SearchResponse.builder()
        .query(request.query())
        .total(total)
        .page(page)
        .size(request.size())
        .tookMs(took)
        .hits(hits)
        .facets(results.facets(response, request.facets()))
        .nextCursor(nextCursor(
            request,
            response,
            cursor == null ? (long) (request.page() - 1) * request.size() : -1,
            total,
            page + 1))
        .stories(results.totalStories(response))
        .collapsed(request.copies().collapse())
        .build();
  }

  /** As the embedded back end: a cursor after a full page that has more behind it; {@code offset} is -1 when paging by cursor. */
  private String nextCursor(
      SearchRequest request, JsonObject response, long offset, long total, int nextPage) {
    JsonArray hits = results.hitArray(response);
    boolean full = hits.size() == request.size();
    boolean more = offset < 0 || offset + request.size() < total;
    if (!full || !more) return null;
    JsonArray after = hits.get(hits.size() - 1).getAsJsonObject().getAsJsonArray("sort");
    return cursors.encode(new ClusterCursor(request.effectiveSort(), after, nextPage));
  }

  @Override
  public Optional<Article> article(String id) throws IOException {
    JsonObject term = new JsonObject();
    term.addProperty(Fields.ID, id);
    JsonObject body = new JsonObject();
    body.add("query", QueryDsl.named("term", term));
    body.addProperty("size", 1);
    body.add("_source", SearchBody.source(true));
    JsonArray hits = results.hitArray(http.expectOk("POST", "/" + index + "/_search", body));
    if (hits.isEmpty()) return Optional.empty();
    return Optional.of(results.article(hits.get(0).getAsJsonObject().getAsJsonObject("_source")));
  }

  @Override
  public long count() throws IOException {
    return http.expectOk("GET", "/" + index + "/_count", null).get("count").getAsLong();
  }

  @Override
  public List<Suggestion> suggest(String text, int limit) throws IOException {
    String canonical = text == null || text.isBlank() ? "" : actorNames.canonical(text);
    return suggestions.matching(text, canonical, limit);
  }

  /** Pages through every match with {@code search_after} in the request's order. */
  @Override
  public long forEachHit(SearchRequest request, HitConsumer consumer) throws IOException {
    JsonObject body = new JsonObject();
    body.add(
        "query",
        ClusterFilters.of(request, actorNames)
            .applyTo(SearchBody.inGroup(dsl(request.query()), request)));
    body.addProperty("size", EXPORT_PAGE);
    body.add("sort", SearchBody.sort(request.effectiveSort()));
    body.add("_source", SearchBody.source(false));
    long n = 0;
    while (true) {
      JsonArray hits = results.hitArray(http.expectOk("POST", "/" + index + "/_search", body));
      if (hits.isEmpty()) return n;
      for (JsonElement e : hits) {
        consumer.accept(results.hit(e.getAsJsonObject(), false));
        n++;
      }
      body.add("search_after", hits.get(hits.size() - 1).getAsJsonObject().get("sort"));
    }
  }

  private JsonObject dsl(String query) {
    Query lucene = translator.translate(query);
    return QueryDsl.translate(lucene);
  }
}
