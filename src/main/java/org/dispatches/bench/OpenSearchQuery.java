package org.dispatches.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dispatches.index.Fields;

/**
 * A task as OpenSearch query DSL with the same meaning as Dispatches' API: query_string over
 * title^2 and body with AND, filters ORed within a dimension and ANDed across, terms aggregations
 * and a monthly histogram for facets, and, when a search both filters and counts facets,
 * drill-sideways counts (a post_filter for the hits, each facet counted without its own filter).
 * Hits carry two highlighted body passages, the highlighted title and the source without the
 * body, as Dispatches' snippets do.
 */
final class OpenSearchQuery {
  private OpenSearchQuery() {}

  static JsonObject of(QueryTask t) {
    JsonObject body = new JsonObject();
    body.addProperty("from", (t.page() - 1) * t.size());
    body.addProperty("size", t.size());
    body.addProperty("track_total_hits", true);
    body.add("_source", json("{\"excludes\":[\"body\"]}"));
    Map<String, JsonObject> filters = filters(t);
    List<String> facets = t.facets(
        List.of(Fields.FACET_OUTLET, Fields.FACET_ACTOR, Fields.FACET_DATE, Fields.FACET_FIGURE));
    JsonObject text = text(t.query());
    boolean sideways = !facets.isEmpty() && !filters.isEmpty();
    if (sideways) {
      body.add("query", text);
      body.add("post_filter", all(filters, null));
    } else {
      body.add("query", filters.isEmpty() ? text : withFilters(text, filters));
    }
    if (!facets.isEmpty()) body.add("aggs", aggregations(facets, filters, sideways));
    String sort = t.first("sort");
    if (sort == null && t.query().isEmpty()) sort = "-date";
    if (sort != null && !sort.equals("relevance")) {
      String order = sort.equals("-date") ? "desc" : "asc";
      body.add(
          "sort",
          JsonParser.parseString(
              "[{\"date\":{\"order\":\"" + order + "\",\"missing\":\"_last\"}},\"_score\"]"));
    }
    if (!t.query().isEmpty()) {
      body.add(
          "highlight",
          json(
              "{\"fields\":{\"body\":{\"number_of_fragments\":2},\"title\":{\"number_of_fragments\":1}}}"));
    }
    return body;
  }

  private static JsonObject text(String q) {
    if (q.isEmpty()) return json("{\"match_all\":{}}");
    JsonObject qs = new JsonObject();
    qs.addProperty("query", q);
    qs.add("fields", json("{\"f\":[\"title^2\",\"body\"]}").get("f"));
    qs.addProperty("default_operator", "AND");
    // term-centric like Dispatches' parser: each word in title or body; best_fields would want
    // every word in one field and miss a report with "aid" only in the title and "trucks" in the
    // body
    qs.addProperty("type", "cross_fields");
    JsonObject o = new JsonObject();
    o.add("query_string", qs);
    return o;
  }

  /** One filter per facet dimension, keyed by the dimension. */
  private static Map<String, JsonObject> filters(QueryTask t) {
    Map<String, JsonObject> f = new LinkedHashMap<>();
    terms(f, Fields.FACET_OUTLET, OpenSearchDocs.OUTLET, t.all("outlet"));
    terms(f, Fields.FACET_ACTOR, OpenSearchDocs.ACTORS, t.all("actor"));
    terms(f, Fields.FACET_FIGURE, OpenSearchDocs.FIGURE_KINDS, t.all("figure"));
    if (t.first("from") != null || t.first("to") != null) {
      JsonObject range = new JsonObject();
      if (t.first("from") != null) range.addProperty("gte", t.first("from"));
      if (t.first("to") != null) range.addProperty("lte", t.first("to"));
      JsonObject field = new JsonObject();
      field.add(OpenSearchDocs.DATE, range);
      JsonObject o = new JsonObject();
      o.add("range", field);
      f.put(Fields.FACET_DATE, o);
    }
    return f;
  }

  private static void terms(
      Map<String, JsonObject> f, String dim, String field, List<String> values) {
    if (values.isEmpty()) return;
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    JsonObject inner = new JsonObject();
    inner.add(field, array);
    JsonObject o = new JsonObject();
    o.add("terms", inner);
    f.put(dim, o);
  }

  private static JsonObject withFilters(JsonObject text, Map<String, JsonObject> filters) {
    JsonObject query = all(filters, null);
    query.getAsJsonObject("bool").add("must", text);
    return query;
  }

  /** A bool query of every filter except the one of {@code leaveOut}. */
  private static JsonObject all(Map<String, JsonObject> filters, String leaveOut) {
    JsonArray clauses = new JsonArray();
    filters.forEach((dim, q) -> {
      if (!dim.equals(leaveOut)) clauses.add(q);
    });
    JsonObject bool = new JsonObject();
    bool.add("filter", clauses);
    JsonObject o = new JsonObject();
    o.add("bool", bool);
    return o;
  }

  private static JsonObject aggregations(
      List<String> facets, Map<String, JsonObject> filters, boolean sideways) {
    JsonObject aggs = new JsonObject();
    for (String dim : facets) {
      JsonObject count = count(dim);
      if (count == null) continue;
      if (!sideways) {
        aggs.add(dim, count);
        continue;
      }
      JsonObject wrapped = new JsonObject();
      wrapped.add("filter", all(filters, dim));
      JsonObject inner = new JsonObject();
      inner.add("values", count);
      wrapped.add("aggs", inner);
      aggs.add(dim, wrapped);
    }
    return aggs;
  }

  private static JsonObject count(String dim) {
    return switch (dim) {
      case Fields.FACET_OUTLET -> json("{\"terms\":{\"field\":\"outlet\",\"size\":20}}");
      case Fields.FACET_ACTOR -> json("{\"terms\":{\"field\":\"actors\",\"size\":20}}");
      case Fields.FACET_FIGURE -> json("{\"terms\":{\"field\":\"figure_kinds\",\"size\":20}}");
      case Fields.FACET_DATE ->
        json(
            "{\"date_histogram\":{\"field\":\"date\",\"calendar_interval\":\"month\",\"format\":\"yyyy-MM\",\"min_doc_count\":1}}");
      default -> null; // source and attribution are not sent to OpenSearch
    };
  }

  private static JsonObject json(String s) {
    return JsonParser.parseString(s).getAsJsonObject();
  }
}
