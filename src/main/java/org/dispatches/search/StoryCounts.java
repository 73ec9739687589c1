package org.dispatches.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.dispatches.api.FacetValue;

/**
 * Counts distinct stories (copy groups) beside reports. Most reports are copies of nothing, so the
 * count starts from the reports and corrects for the few that joined another's group: stories =
 * reports - matching members + the groups of matching members whose first member does not match.
 * Only members and the first members of their groups are read, never the whole result set.
 */
final class StoryCounts {
  private StoryCounts() {}

  /** Distinct stories among the {@code reports} documents matching {@code query}. */
  static long total(IndexSearcher searcher, Query query, long reports) throws IOException {
    int[] members = MatchingDocs.of(searcher, CopyGroupsView.members(query));
    if (members.length == 0) return reports;
    IndexReader reader = searcher.getIndexReader();
    Set<Long> groups = new HashSet<>();
    for (int d : members) groups.add(CopyGroupsView.groupOf(reader, d));
    for (int d : MatchingDocs.of(searcher, CopyGroupsView.firstMembers(query, groups))) {
      groups.remove(CopyGroupsView.groupOf(reader, d));
    }
    return reports - members.length + groups.size();
  }

  /**
   * The values of {@code dim} with stories counted beside reports, over the documents matching
   * {@code query} (for a facet: the search with every filter but the facet's own); ordered by
   * stories and cut to {@code topN} when {@code byStories}.
   */
  static List<FacetValue> perValue(
      IndexSearcher searcher,
      Query query,
      String dim,
      List<FacetValue> values,
      boolean byStories,
      int topN)
      throws IOException {
    int[] members = MatchingDocs.of(searcher, CopyGroupsView.members(query));
    IndexReader reader = searcher.getIndexReader();
    Map<String, Long> memberCount = new HashMap<>();
    Map<String, Set<Long>> memberGroups = new HashMap<>();
    Set<Long> groups = new HashSet<>();
    for (int d : members) {
      long g = CopyGroupsView.groupOf(reader, d);
      groups.add(g);
      for (String v : CopyGroupsView.labels(reader, d, dim)) {
        memberCount.merge(v, 1L, Long::sum);
        memberGroups.computeIfAbsent(v, k -> new HashSet<>()).add(g);
      }
    }
    if (!groups.isEmpty()) {
      for (int d : MatchingDocs.of(searcher, CopyGroupsView.firstMembers(query, groups))) {
        long g = CopyGroupsView.groupOf(reader, d);
        for (String v : CopyGroupsView.labels(reader, d, dim)) {
          Set<Long> of = memberGroups.get(v);
          if (of != null) of.remove(g);
        }
      }
    }
    List<FacetValue> out = new ArrayList<>(values.size());
    for (FacetValue v : values) {
      long stories = v.count()
          - memberCount.getOrDefault(v.value(), 0L)
          + memberGroups.getOrDefault(v.value(), Set.of()).size();
      out.add(new FacetValue(v.value(), v.count(), stories));
    }
    if (byStories) {
      out.sort(Comparator.comparingLong((FacetValue v) -> -v.stories())
          .thenComparing(FacetValue::value));
      if (out.size() > topN) out = new ArrayList<>(out.subList(0, topN));
    }
    return out;
  }

  /** Every facet of {@code facets} with stories counted; {@code queryFor} gives each dimension's match set. */
  static Map<String, List<FacetValue>> facets(
      IndexSearcher searcher,
      Map<String, List<FacetValue>> facets,
      DimensionQuery queryFor,
      boolean byStories,
      int topN,
      String histogramDim,
      boolean histogramByMonth)
      throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<FacetValue>> e : facets.entrySet()) {
      if (e.getKey().equals(histogramDim) && !histogramByMonth) {
        out.put(
            e.getKey(),
            e.getValue()); // days and weeks are not facet labels: their stories are not counted
        continue;
      }
      boolean ordered =
          byStories && !e.getKey().equals(histogramDim); // the histogram stays in time order
      out.put(
          e.getKey(),
          perValue(searcher, queryFor.of(e.getKey()), e.getKey(), e.getValue(), ordered, topN));
    }
    return out;
  }

  /** The match set a dimension's counts are taken over. */
  @FunctionalInterface
  interface DimensionQuery {
    Query of(String dim);
  }
}
