package org.dispatches.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dispatches.api.ActorNames;
import org.dispatches.api.FilterTerms;
import org.dispatches.api.SearchRequest;
import org.dispatches.index.Fields;

/**
 * A request's filters as one DSL clause per facet dimension, on the terms {@link FilterTerms}
 * resolves for both engines (keyword fields on their keys, facet-only fields and missing values on
 * the facet field), as {@code search.Filters} builds them for Lucene: values of a dimension are ORed (a {@code terms} query), dimensions ANDed. Kept per
 * dimension so each facet can be counted with every filter but its own (drill-sideways).
 */
final class ClusterFilters {
  private final Map<String, JsonObject> byDimension = new LinkedHashMap<>();

  static ClusterFilters of(SearchRequest r, ActorNames actors) {
    ClusterFilters f = new ClusterFilters();
    FilterTerms.of(r, actors).forEach((field, matches) -> {
      JsonArray keys = new JsonArray();
      JsonArray facetValues = new JsonArray();
      for (FilterTerms.Match m : matches) (m.facetValue() ? facetValues : keys).add(m.term());
      JsonArray should = new JsonArray();
      if (!keys.isEmpty()) should.add(terms(field.name(), keys));
      if (!facetValues.isEmpty()) should.add(terms(ClusterFields.facet(field.name()), facetValues));
      if (should.size() == 1) {
        f.byDimension.put(field.name(), should.get(0).getAsJsonObject());
        return;
      }
      JsonObject bool = new JsonObject();
      bool.add("should", should);
      bool.addProperty("minimum_should_match", 1);
      f.byDimension.put(field.name(), QueryDsl.named("bool", bool));
    });
    if (r.from() != null || r.to() != null) {
      JsonObject range = new JsonObject();
      if (r.from() != null) range.addProperty("gte", r.from().toString());
      if (r.to() != null) range.addProperty("lte", r.to().toString());
      range.addProperty("format", "strict_date");
      JsonObject field = new JsonObject();
      field.add(Fields.DATE, range);
      f.byDimension.put(Fields.FACET_DATE, QueryDsl.named("range", field));
    }
    return f;
  }

  private static JsonObject terms(String field, JsonArray values) {
    JsonObject terms = new JsonObject();
    terms.add(field, values);
    return QueryDsl.named("terms", terms);
  }

  boolean isEmpty() {
    return byDimension.isEmpty();
  }

  /** Every filter ANDed: the post_filter of a faceted search. */
  JsonObject all() {
    return except(null);
  }

  /** Every filter but the one on {@code dimension}: what that dimension's counts are taken under. */
  JsonObject except(String dimension) {
    JsonArray clauses = new JsonArray();
    byDimension.forEach((dim, q) -> {
      if (!dim.equals(dimension)) clauses.add(q);
    });
    if (clauses.isEmpty()) return QueryDsl.named("match_all", new JsonObject());
    JsonObject bool = new JsonObject();
    bool.add("filter", clauses);
    return QueryDsl.named("bool", bool);
  }

  /** {@code query} narrowed by every filter, as non-scoring clauses. */
  JsonObject applyTo(JsonObject query) {
    if (byDimension.isEmpty()) return query;
    JsonObject bool = new JsonObject();
    JsonArray must = new JsonArray();
    must.add(query);
    bool.add("must", must);
    bool.add("filter", new JsonArray());
    byDimension.values().forEach(bool.getAsJsonArray("filter")::add);
    return QueryDsl.named("bool", bool);
  }
}
