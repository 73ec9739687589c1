package org.dispatches.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dispatches.api.ActorNames;
import org.dispatches.api.FilterTerms;
import org.dispatches.api.SearchRequest;
import org.dispatches.index.Fields;

/**
 * A request's filters as one query per facet dimension, with the terms {@link FilterTerms} resolves
 * as the field catalogue says: values of a dimension are ORed, the dimensions ANDed. Kept per dimension so drill-sideways can count each facet without its own filter.
 */
final class Filters {
  private final Map<String, Query> byDimension = new LinkedHashMap<>();

  static Filters of(SearchRequest r, ActorNames actors, FacetsConfig config) {
    Filters f = new Filters();
    FilterTerms.of(r, actors).forEach((field, matches) -> {
      String facetField = config.getDimConfig(field.name()).indexFieldName;
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (FilterTerms.Match m : matches) {
        Term t = m.facetValue()
            ? DrillDownQuery.term(facetField, field.name(), m.term())
            : new Term(field.name(), m.term());
        any.add(new TermQuery(t), BooleanClause.Occur.SHOULD);
      }
      f.byDimension.put(field.name(), any.build());
    });
    if (r.from() != null || r.to() != null) {
      long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
      long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      f.byDimension.put(Fields.FACET_DATE, LongPoint.newRangeQuery(Fields.DATE, lo, hi));
    }
    return f;
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
