package org.dispatches.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.dispatches.api.FacetValue;
import org.dispatches.api.FacetValueFilter;
import org.dispatches.api.SearchRequest;
import org.dispatches.index.FieldCatalog;
import org.dispatches.index.FieldSpec;

/** Reads the requested dimensions out of Lucene's facet counts in the API's shape. */
final class FacetLists {
  /** The most values one dimension lists. */
  static final int MAX_VALUES = 1000;

  private FacetLists() {}

  static Map<String, List<FacetValue>> read(Facets facets, SearchRequest r) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : FieldCatalog.FACET_DIMENSIONS) {
      if (!contains(r.facets(), dim)) continue;
      if (FieldCatalog.get(dim).facet() == FieldSpec.Facet.MONTHS)
        out.put(dim, months(facets, dim));
      else if (r.facetFilter() == null) out.put(dim, top(facets, dim, r.facetSize()));
      else out.put(dim, matching(facets, dim, r.facetFilter(), r.facetSize()));
    }
    return out;
  }

  /**
   * The most frequent values that contain the filter text: every value of the dimension is read (a
   * facet's values are counted anyway; reading their labels is the cheap part), so a value far
   * below the top N (one outlet of 1,100) is found.
   */
  private static List<FacetValue> matching(
      Facets facets, String dim, FacetValueFilter filter, int topN) throws IOException {
    List<FacetValue> values = values(safe(() -> facets.getAllChildren(dim)));
    values.removeIf(v -> !filter.matches(v.value()));
    values.sort(
        Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return values.size() > topN ? new ArrayList<>(values.subList(0, topN)) : values;
  }

  /** Every month with reports, in time order, the unknown-date bucket last: the histogram. */
  private static List<FacetValue> months(Facets facets, String dim) throws IOException {
    String unknown = FieldCatalog.get(dim).missing();
    List<FacetValue> values = values(safe(() -> facets.getAllChildren(dim)));
    values.sort(Comparator.comparing((FacetValue v) -> v.value().equals(unknown))
        .thenComparing(FacetValue::value));
    return values;
  }

  private static List<FacetValue> top(Facets facets, String dim, int topN) throws IOException {
    return values(safe(() -> facets.getTopChildren(topN, dim)));
  }

  private static List<FacetValue> values(FacetResult result) {
    List<FacetValue> list = new ArrayList<>();
    if (result == null) return list;
    for (LabelAndValue lv : result.labelValues) {
      if (lv.value.longValue() > 0) list.add(new FacetValue(lv.label, lv.value.longValue()));
    }
    return list;
  }

  /** A dimension no report has yet makes Lucene throw; that is an empty list to the user. */
  private static FacetResult safe(FacetCall call) throws IOException {
    try {
      return call.get();
    } catch (IllegalArgumentException noSuchDimension) {
      return null;
    }
  }

  private static boolean contains(Iterable<String> dims, String dim) {
    for (String d : dims) if (d.equals(dim)) return true;
    return false;
  }

  @FunctionalInterface
  private interface FacetCall {
    FacetResult get() throws IOException;
  }
}
