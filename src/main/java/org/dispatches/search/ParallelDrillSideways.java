package org.dispatches.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/**
 * Drill-sideways whose facet counting also runs segment by segment on several threads. The
 * searcher's slices already collect hits in parallel, but Lucene's default then counts facet
 * values over all matching documents on one thread: on a million reports that count is the larger
 * part of a faceted search.
 */
final class ParallelDrillSideways extends DrillSideways {
  private final ExecutorService threads;

  ParallelDrillSideways(
      IndexSearcher searcher,
      FacetsConfig config,
      SortedSetDocValuesReaderState state,
      ExecutorService threads) {
    super(searcher, config, state);
    this.threads = threads;
  }

  @Override
  protected Facets buildFacetsResult(
      FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims)
      throws IOException {
    try {
      Facets drillDownFacets = drillDowns == null
          ? null
          : new ConcurrentSortedSetDocValuesFacetCounts(state, drillDowns, threads);
      if (drillSideways == null || drillSideways.length == 0) return drillDownFacets;
      Map<String, Facets> sideways = new HashMap<>();
      for (int i = 0; i < drillSideways.length; i++) {
        sideways.put(
            dims[i], new ConcurrentSortedSetDocValuesFacetCounts(state, drillSideways[i], threads));
      }
      return new MultiFacets(sideways, drillDownFacets);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while counting facets");
    }
  }
}
