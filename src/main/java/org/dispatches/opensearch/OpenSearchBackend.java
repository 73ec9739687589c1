package org.dispatches.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.lucene.search.Query;
import org.dispatches.api.ActorNames;
import org.dispatches.api.BadRequestException;
import org.dispatches.api.Hit;
import org.dispatches.api.QueryLanguage;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchLimits;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.api.SearchTimeoutException;
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
  private final Duration timeLimit;

  public OpenSearchBackend(
      ClusterHttp http, String index, ActorNames actorNames, QueryLanguage language) {
    this(http, index, actorNames, language, SearchLimits.DEFAULT_TIMEOUT);
  }

  private OpenSearchBackend(
      ClusterHttp http,
      String index,
      ActorNames actorNames,
      QueryLanguage language,
      Duration timeLimit) {
    this.http = http;
    this.index = index;
    this.actorNames = actorNames;
    this.translator = language;
    this.suggestions = new NameSuggestions(http, index);
    this.copies = new CopyLookup(http, index);
    this.timeLimit = timeLimit;
  }

  /**
   * The same back end with another time limit per search (the default is
   * {@link SearchLimits#DEFAULT_TIMEOUT}), as {@code SearchService} takes one.
   */
  public OpenSearchBackend withTimeLimit(Duration limit) {
    return new OpenSearchBackend(http, index, actorNames, translator, limit);
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
    return search(request, () -> false);
  }

  /**
   * A search stopped, as on the embedded back end, at its time limit or as soon as
   * {@code abandoned} says its client hung up (the request to the cluster is then cancelled and
   * its connection closed, which cancels the search there too).
   */
  @Override
  public SearchResponse search(SearchRequest request, BooleanSupplier abandoned)
      throws IOException {
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
    // one time limit for the whole search, as on the embedded back end: the cluster's own timeout
    // stops only the query phase (with partial results, refused below) and notices it late, so the
    // cluster is also told to cancel the search at the limit, and the answer is awaited no longer
    long deadline = start + timeLimit.toNanos();
    String limit = Math.max(1, timeLimit.toMillis()) + "ms";
    body.addProperty("timeout", limit);
    JsonObject response = beforeDeadline(
        deadline,
        abandoned,
        () -> http.expectOk(
            "POST",
            "/" + index + "/_search?cancel_after_time_interval=" + limit,
            body,
            remaining(deadline),
            abandoned));
    if (response.has("timed_out") && response.get("timed_out").getAsBoolean()) throw timedOut();
    long total = results.total(response);
    int page = cursor != null ? cursor.page() : request.page();
    List<Hit> hits = beforeDeadline(
        deadline,
        abandoned,
        () -> copies.withCopies(
            results.hits(response, true), results.hitArray(response), remaining(deadline)));
    long took = (System.nanoTime() - start) / 1_000_000;
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

  /** A step of a search: a call to the cluster. */
  @FunctionalInterface
  private interface Step<T> {
    T run() throws IOException;
  }

  /**
   * The step's result when it came before the deadline and the client still waits; a
   * {@link SearchTimeoutException} when the deadline passed meanwhile (whether the answer came
   * late, was cut off waiting, or was the cluster's cancellation of the search) or the client left.
   */
  private <T> T beforeDeadline(long deadline, BooleanSupplier abandoned, Step<T> step)
      throws IOException {
    if (abandoned.getAsBoolean()) throw timedOut();
    try {
      T result = step.run();
      if (System.nanoTime() - deadline >= 0 || abandoned.getAsBoolean()) throw timedOut();
      return result;
    } catch (IOException e) {
      if (System.nanoTime() - deadline >= 0 || abandoned.getAsBoolean()) throw timedOut();
      throw e;
    }
  }

  /** How long a step may wait for the cluster: what is left of the limit, at least a millisecond. */
  private static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
  }

  private SearchTimeoutException timedOut() {
    return new SearchTimeoutException(timeLimit.toMillis());
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
