package org.dispatches.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.dispatches.index.Scoring;

/**
 * A searcher with the facet ordinal state of its reader, built once when the reader opens (it
 * costs a pass over the facet doc values), so that requests never build it.
 */
public final class FacetedSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;
  private volatile Suggestions suggestions;

  FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader);
    setSimilarity(Scoring.similarity());
    this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
  }

  /** The facet state, or null for an index that has no facet values yet (an empty index). */
  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** The suggestion lists of this reader, built on first use. */
  Suggestions suggestions() throws IOException {
    Suggestions s = suggestions;
    if (s == null) {
      s = Suggestions.build(this);
      suggestions = s;
    }
    return s;
  }

  private static boolean hasFacets(IndexReader reader) {
    return reader.leaves().stream()
        .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
  }
}
