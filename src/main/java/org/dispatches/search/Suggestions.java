package org.dispatches.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.dispatches.api.Suggestion;
import org.dispatches.extract.text.NameNormalizer;
import org.dispatches.index.FieldCatalog;

/**
 * Actor and outlet names of one index view with their report counts, for suggestions as the user
 * types. Built from the facet values once per reader, so a keystroke costs a scan of a short list.
 */
final class Suggestions {
  private static final int PER_DIMENSION = 5_000;
  private final List<Entry> entries;

  private Suggestions(List<Entry> entries) {
    this.entries = entries;
  }

  static Suggestions build(FacetedSearcher searcher) throws IOException {
    List<Entry> entries = new ArrayList<>();
    if (searcher.facetState() != null) {
      var fc =
          searcher.facetSearcher().search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      var counts = new SortedSetDocValuesFacetCounts(searcher.facetState(), fc);
      for (String dim : FieldCatalog.SUGGESTED) {
        FacetResult r;
        try {
          r = counts.getTopChildren(PER_DIMENSION, dim);
        } catch (IllegalArgumentException noValues) {
          continue;
        }
        if (r == null) continue;
        for (LabelAndValue lv : r.labelValues) {
          entries.add(new Entry(
              new Suggestion(lv.label, dim, lv.value.longValue()),
              NameNormalizer.normalize(lv.label)));
        }
      }
    }
    entries.sort(Comparator.comparingLong((Entry e) -> -e.suggestion.count()));
    return new Suggestions(List.copyOf(entries));
  }

  /** Names starting with the text come first, then names containing it; an alias match adds its actor. */
  List<Suggestion> matching(String text, String canonicalActor, int limit) {
    String q = text == null ? "" : NameNormalizer.normalize(text);
    if (q.isEmpty()) return List.of();
    String canonical = NameNormalizer.normalize(canonicalActor);
    List<Suggestion> prefix = new ArrayList<>();
    List<Suggestion> inner = new ArrayList<>();
    for (Entry e : entries) {
      if (e.normalized.startsWith(q)
          || e.normalized.contains(" " + q)
          || e.normalized.equals(canonical)) {
        prefix.add(e.suggestion);
      } else if (e.normalized.contains(q)) {
        inner.add(e.suggestion);
      }
    }
    prefix.addAll(inner);
    return prefix.size() > limit ? prefix.subList(0, limit) : prefix;
  }

  private record Entry(Suggestion suggestion, String normalized) {}
}
