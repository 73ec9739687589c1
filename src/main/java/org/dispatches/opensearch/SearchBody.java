package org.dispatches.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.dispatches.api.DateInterval;
import org.dispatches.api.FacetValueFilter;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SortOrder;
import org.dispatches.index.FieldCatalog;
import org.dispatches.index.FieldSpec;
import org.dispatches.index.Fields;

/**
 * The {@code _search} request body for one API search: the translated query, filters as
 * {@code post_filter} so that aggregations see the unfiltered matches, one aggregation per facet
 * dimension under every other filter (drill-sideways), highlighted snippets, order and paging.
 */
final class SearchBody {
  /** Aggregation names, one per dimension; the month histogram has an extra bucket for unknown dates. */
  static final String VALUES = "values";

  static final String MONTHS = "months";
  static final String UNKNOWN = "unknown";
  /** Distinct copy groups (stories) under a bucket, and over all matches. */
  static final String STORIES = "stories";

  static final String ALL_STORIES = "all_stories";
  /**
   * Below this many distinct groups the total's cardinality count is close to exact (OpenSearch's
   * largest threshold); above it, within a few percent. It costs ~8 bytes per unit, once.
   */
  private static final int EXACT_STORIES_UP_TO = 40_000;
  /**
   * The same per facet value and month: every bucket holds its own counter, and at the total's
   * threshold a terms count over 1,000 candidate values asked for ~140 MB, which the shared test
   * node's circuit breaker refused (HTTP 429). Buckets rarely hold more stories than this.
   */
  private static final int EXACT_BUCKET_STORIES_UP_TO = 1_000;
  /** Per-shard candidates for a terms count: far above the values shown, so shards rarely disagree. */
  private static final int MIN_SHARD_SIZE = 1_000;

  private SearchBody() {}

  static JsonObject of(JsonObject query, ClusterFilters filters, SearchRequest r) {
    JsonObject body = new JsonObject();
    boolean faceted = !r.facets().isEmpty();
    query = inGroup(query, r);
    body.add("query", faceted ? query : filters.applyTo(query));
    if (r.copies().collapse()) body.add("collapse", single("field", Fields.COPY_GROUP));
    if (faceted && !filters.isEmpty()) body.add("post_filter", filters.all());
    body.addProperty("from", (r.page() - 1) * r.size());
    body.addProperty("size", r.size());
    body.addProperty("track_total_hits", true);
    // the embedded back end's time limit per search
    body.addProperty("timeout", org.dispatches.api.SearchLimits.DEFAULT_TIMEOUT.toMillis() + "ms");
    body.add("sort", sort(r.effectiveSort()));
    body.add("_source", source(false));
    body.add("highlight", highlight());
    JsonObject aggs = faceted ? facets(filters, r) : new JsonObject();
    JsonObject stories = new JsonObject();
    stories.add("filter", faceted ? filters.all() : QueryDsl.named("match_all", new JsonObject()));
    stories.add("aggs", single(STORIES, stories(EXACT_STORIES_UP_TO)));
    aggs.add(ALL_STORIES, stories);
    body.add("aggs", aggs);
    return body;
  }

  /** The query narrowed to one copy group when the request lists a story's copies. */
  static JsonObject inGroup(JsonObject query, SearchRequest r) {
    if (r.copies().group() == null) return query;
    JsonObject term = new JsonObject();
    term.addProperty(Fields.COPY_GROUP, r.copies().group());
    JsonArray filter = new JsonArray();
    filter.add(QueryDsl.named("term", term));
    JsonArray must = new JsonArray();
    must.add(query);
    JsonObject bool = new JsonObject();
    bool.add("must", must);
    bool.add("filter", filter);
    return QueryDsl.named("bool", bool);
  }

  /** Distinct copy groups: the stories among the documents of a bucket. */
  private static JsonObject stories(int exactUpTo) {
    JsonObject c = new JsonObject();
    c.addProperty("field", Fields.COPY_GROUP);
    c.addProperty("precision_threshold", exactUpTo);
    return QueryDsl.named("cardinality", c);
  }

  private static JsonObject single(String name, String value) {
    JsonObject o = new JsonObject();
    o.addProperty(name, value);
    return o;
  }

  private static JsonObject single(String name, JsonObject value) {
    JsonObject o = new JsonObject();
    o.add(name, value);
    return o;
  }

  /** The fields a hit is rebuilt from: the extracted article and the title, and the body only when asked. */
  static JsonObject source(boolean withBody) {
    JsonArray includes = new JsonArray();
    includes.add(Fields.ARTICLE);
    includes.add(Fields.TITLE);
    includes.add(Fields.COPY_GROUP);
    if (withBody) includes.add(Fields.BODY);
    JsonObject s = new JsonObject();
    s.add("includes", includes);
    return s;
  }

  /** As the Lucene back end orders: reports without a date last either way, then score, then id for a stable order. */
  static JsonArray sort(SortOrder order) {
    JsonArray sort = new JsonArray();
    if (order != SortOrder.RELEVANCE) {
      JsonObject date = new JsonObject();
      date.addProperty("order", order == SortOrder.DATE_DESCENDING ? "desc" : "asc");
      date.addProperty("missing", "_last");
      sort.add(QueryDsl.named(Fields.DATE, date));
    }
    sort.add("_score");
    JsonObject id = new JsonObject();
    id.addProperty("order", "asc");
    sort.add(QueryDsl.named(Fields.ID, id));
    return sort;
  }

  /** Matches in {@code <mark>}, the rest HTML-escaped; the body's opening when nothing in it matched. */
  private static JsonObject highlight() {
    JsonObject body = new JsonObject();
    body.addProperty("number_of_fragments", 2);
    body.addProperty("fragment_size", 160);
    body.addProperty("no_match_size", 240);
    JsonObject title = new JsonObject();
    title.addProperty("number_of_fragments", 0);
    JsonObject fields = new JsonObject();
    fields.add(Fields.BODY, body);
    fields.add(Fields.TITLE, title);
    // a report in Arabic, Hebrew or French matches in its language's fields: mark the forms there
    // (no opening when nothing matched: the English body gives that)
    for (Fields.TextFields language : Fields.LANGUAGE_TEXT.values()) {
      JsonObject languageBody = new JsonObject();
      languageBody.addProperty("number_of_fragments", 2);
      languageBody.addProperty("fragment_size", 160);
      fields.add(language.body(), languageBody);
      fields.add(language.title(), title);
    }
    JsonObject h = new JsonObject();
    h.addProperty("type", "unified");
    h.addProperty("encoder", "html");
    h.add("pre_tags", one("<mark>"));
    h.add("post_tags", one("</mark>"));
    h.add("fields", fields);
    return h;
  }

  private static JsonObject facets(ClusterFilters filters, SearchRequest r) {
    JsonObject aggs = new JsonObject();
    for (String dim : FieldCatalog.FACET_DIMENSIONS) {
      if (!r.facets().contains(dim)) continue;
      JsonObject agg = new JsonObject();
      agg.add("filter", filters.except(dim));
      agg.add(
          "aggs",
          FieldCatalog.get(dim).facet() == FieldSpec.Facet.MONTHS
              ? dates(r.dateInterval())
              : terms(dim, r.facetSize(), r.facetFilter(), r.copies().countStories()));
      aggs.add(dim, agg);
    }
    return aggs;
  }

  private static JsonObject terms(
      String dim, int size, FacetValueFilter filter, boolean byStories) {
    JsonObject t = new JsonObject();
    t.addProperty("field", ClusterFields.facet(dim));
    if (filter != null) t.addProperty("include", containsRegex(filter.text()));
    t.addProperty("size", size);
    t.addProperty("shard_size", Math.max(MIN_SHARD_SIZE, size * 10));
    JsonArray order = new JsonArray();
    if (byStories) order.add(order(STORIES, "desc"));
    order.add(order("_count", "desc"));
    order.add(order("_key", "asc"));
    t.add("order", order);
    JsonObject terms = QueryDsl.named("terms", t);
    terms.add("aggs", single(STORIES, stories(EXACT_BUCKET_STORIES_UP_TO)));
    JsonObject aggs = new JsonObject();
    aggs.add(VALUES, terms);
    return aggs;
  }

  /**
   * A terms {@code include} pattern (Lucene regular expression, anchored, case-sensitive) that matches
   * values containing {@code text} in any case, as {@link FacetValueFilter#matches} does.
   */
  static String containsRegex(String text) {
    StringBuilder b = new StringBuilder(".*");
    text.codePoints().forEach(c -> {
      int lower = Character.toLowerCase(c), upper = Character.toUpperCase(c);
      if (lower != upper)
        b.append('[').appendCodePoint(lower).appendCodePoint(upper).append(']');
      else if (Character.isLetterOrDigit(c)) b.appendCodePoint(c);
      else b.append('\\').appendCodePoint(c);
    });
    return b.append(".*").toString();
  }

  private static JsonObject dates(DateInterval interval) {
    JsonObject h = new JsonObject();
    h.addProperty("field", Fields.DATE);
    h.addProperty("calendar_interval", interval.param());
    h.addProperty("format", interval == DateInterval.MONTH ? "yyyy-MM" : "yyyy-MM-dd");
    h.addProperty("min_doc_count", 1);
    JsonObject missing = new JsonObject();
    missing.addProperty("field", Fields.DATE);
    JsonObject aggs = new JsonObject();
    JsonObject histogram = QueryDsl.named("date_histogram", h);
    JsonObject unknown = QueryDsl.named("missing", missing);
    if (interval
        == DateInterval.MONTH) { // as the Lucene back end: stories by month, not by day or week
      histogram.add("aggs", single(STORIES, stories(EXACT_BUCKET_STORIES_UP_TO)));
      unknown.add("aggs", single(STORIES, stories(EXACT_BUCKET_STORIES_UP_TO)));
    }
    aggs.add(MONTHS, histogram);
    aggs.add(UNKNOWN, unknown);
    return aggs;
  }

  private static JsonObject order(String key, String direction) {
    JsonObject o = new JsonObject();
    o.addProperty(key, direction);
    return o;
  }

  private static JsonArray one(String s) {
    JsonArray a = new JsonArray();
    a.add(s);
    return a;
  }
}
