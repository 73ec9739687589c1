package org.dispatches.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.dispatches.api.DateInterval;
import org.dispatches.api.FacetValue;
import org.dispatches.index.Fields;

/**
 * The date facet by week or by day: the month facet is an indexed facet value, but finer counts
 * come from the date doc values (one per report, epoch days) that the date sort already reads, so
 * they need no field of their own. Counted over the query with every filter except the date
 * range, as drill-sideways counts the months, so the chart still shows the days around a choice.
 */
final class DateCounts {
  private DateCounts() {}

  /** Buckets in time order with reports in them, then the undated ones as {@link Fields#UNKNOWN_MONTH}. */
  static List<FacetValue> count(IndexSearcher searcher, Query query, DateInterval interval)
      throws IOException {
    FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
    long matched = 0;
    for (FacetsCollector.MatchingDocs docs : hits.getMatchingDocs()) matched += docs.totalHits();
    Map<String, Long> buckets = new TreeMap<>();
    long dated = 0;
    FacetResult days = new LongValueFacetCounts(Fields.DATE, hits).getAllChildren(Fields.DATE);
    for (LabelAndValue lv : days.labelValues) {
      long n = lv.value.longValue();
      buckets.merge(interval.key(LocalDate.ofEpochDay(Long.parseLong(lv.label))), n, Long::sum);
      dated += n;
    }
    List<FacetValue> out = new ArrayList<>(buckets.size() + 1);
    buckets.forEach((k, n) -> out.add(new FacetValue(k, n)));
    if (matched > dated) out.add(new FacetValue(Fields.UNKNOWN_MONTH, matched - dated));
    return out;
  }
}
