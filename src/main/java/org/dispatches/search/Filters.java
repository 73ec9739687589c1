package org.dispatches.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dispatches.api.ActorNames;
import org.dispatches.api.SearchRequest;
import org.dispatches.extract.text.NameNormalizer;
import org.dispatches.index.Fields;

/**
 * A request's filters as one query per facet dimension: values of a dimension are ORed, the
 * dimensions ANDed. Kept per dimension so drill-sideways can count each facet without its own filter.
 */
final class Filters {
  private final Map<String, Query> byDimension = new LinkedHashMap<>();

  static Filters of(SearchRequest r, ActorNames actors, FacetsConfig config) {
    Filters f = new Filters();
    f.addKeys(config, Fields.FACET_OUTLET, Fields.OUTLET, r.outlets(), actors::outletKey);
    f.addKeys(
        config,
        Fields.FACET_ACTOR,
        Fields.ACTOR,
        r.actors(),
        v -> NameNormalizer.normalize(actors.canonical(v)));
    f.addValues(config, Fields.FACET_FIGURE, r.figures(), UnaryOperator.identity());
    f.addValues(config, Fields.FACET_SOURCE, r.sources(), UnaryOperator.identity());
    if (r.from() != null || r.to() != null) {
      long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
      long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      f.byDimension.put(Fields.FACET_DATE, LongPoint.newRangeQuery(Fields.DATE, lo, hi));
    }
    return f;
  }

  private void addValues(
      FacetsConfig config, String dim, List<String> values, UnaryOperator<String> canonical) {
    if (values.isEmpty()) return;
    String field = config.getDimConfig(dim).indexFieldName;
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : values) {
      any.add(
          new TermQuery(DrillDownQuery.term(field, dim, canonical.apply(v))),
          BooleanClause.Occur.SHOULD);
    }
    byDimension.put(dim, any.build());
  }

  /**
   * Outlets and actors are matched on their indexed keys, not the facet labels: a filter then finds
   * an outlet or actor in any case and by any alias ({@code outlet=reuters}), as the query fields
   * do, and an actor the facet leaves out (unverified) still filters. The outlet facet's "unknown"
   * (reports without an outlet) has no key and is matched as the facet value.
   */
  private void addKeys(
      FacetsConfig config,
      String dim,
      String field,
      List<String> values,
      UnaryOperator<String> key) {
    if (values.isEmpty()) return;
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : values) {
      Term t = dim.equals(Fields.FACET_OUTLET) && v.equals(Fields.UNKNOWN_OUTLET)
          ? DrillDownQuery.term(config.getDimConfig(dim).indexFieldName, dim, v)
          : new Term(field, key.apply(v));
      any.add(new TermQuery(t), BooleanClause.Occur.SHOULD);
    }
    byDimension.put(dim, any.build());
  }

  boolean isEmpty() {
    return byDimension.isEmpty();
  }

  /** The base query narrowed by every filter, for counting facets on the drill-sideways path. */
  DrillDownQuery drillDown(FacetsConfig config, Query base) {
    DrillDownQuery ddq = new DrillDownQuery(config, base);
    byDimension.forEach(ddq::add);
    return ddq;
  }

  /** The base query with every filter but the one on {@code dim}: what drill-sideways counts {@code dim} over. */
  Query applyToExcept(String dim, Query base) {
    Filters others = new Filters();
    byDimension.forEach((d, q) -> {
      if (!d.equals(dim)) others.byDimension.put(d, q);
    });
    return others.applyTo(base);
  }

  /** The base query with every filter as a non-scoring clause. */
  Query applyTo(Query base) {
    if (byDimension.isEmpty()) return base;
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST);
    for (Query q : byDimension.values()) b.add(q, BooleanClause.Occur.FILTER);
    return b.build();
  }
}
