package org.dispatches.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.dispatches.api.ActorNames;
import org.dispatches.api.SearchRequest;
import org.dispatches.extract.text.NameNormalizer;
import org.dispatches.index.Fields;

/**
 * A request's filters as one DSL clause per facet dimension, as {@code search.Filters} builds them
 * for Lucene: values of a dimension are ORed (a {@code terms} query), dimensions ANDed. Kept per
 * dimension so each facet can be counted with every filter but its own (drill-sideways).
 */
final class ClusterFilters {
  private final Map<String, JsonObject> byDimension = new LinkedHashMap<>();

  static ClusterFilters of(SearchRequest r, ActorNames actors) {
    ClusterFilters f = new ClusterFilters();
    f.addKeys(Fields.FACET_OUTLET, Fields.OUTLET, r.outlets(), actors::outletKey);
    f.addKeys(
        Fields.FACET_ACTOR,
        Fields.ACTOR,
        r.actors(),
        v -> NameNormalizer.normalize(actors.canonical(v)));
    f.addValues(Fields.FACET_FIGURE, r.figures(), UnaryOperator.identity());
    f.addValues(Fields.FACET_SOURCE, r.sources(), UnaryOperator.identity());
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

  private void addValues(String dim, List<String> values, UnaryOperator<String> canonical) {
    if (values.isEmpty()) return;
    JsonArray terms = new JsonArray();
    for (String v : values) terms.add(canonical.apply(v));
    JsonObject field = new JsonObject();
    field.add(ClusterFields.facet(dim), terms);
    byDimension.put(dim, QueryDsl.named("terms", field));
  }

  /**
   * Outlets and actors on their indexed keys, as {@code search.Filters} does: any case, any alias,
   * unverified actors too; the outlet facet's "unknown" (no outlet) as the facet value.
   */
  private void addKeys(String dim, String field, List<String> values, UnaryOperator<String> key) {
    if (values.isEmpty()) return;
    JsonArray keys = new JsonArray();
    boolean unknown = false;
    for (String v : values) {
      if (dim.equals(Fields.FACET_OUTLET) && v.equals(Fields.UNKNOWN_OUTLET)) unknown = true;
      else keys.add(key.apply(v));
    }
    JsonObject terms = new JsonObject();
    terms.add(field, keys);
    if (!unknown) {
      byDimension.put(dim, QueryDsl.named("terms", terms));
      return;
    }
    JsonObject facet = new JsonObject();
    JsonArray unknownValue = new JsonArray();
    unknownValue.add(Fields.UNKNOWN_OUTLET);
    facet.add(ClusterFields.facet(dim), unknownValue);
    JsonArray should = new JsonArray();
    should.add(QueryDsl.named("terms", terms));
    should.add(QueryDsl.named("terms", facet));
    JsonObject bool = new JsonObject();
    bool.add("should", should);
    bool.addProperty("minimum_should_match", 1);
    byDimension.put(dim, QueryDsl.named("bool", bool));
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
