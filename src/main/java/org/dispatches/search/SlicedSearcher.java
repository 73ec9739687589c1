package org.dispatches.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.dispatches.index.Scoring;

/**
 * A searcher that searches its segments in as many slices as there are threads, side by side.
 * Lucene's own slicing groups up to 250,000 documents or five segments a slice, which on an index
 * of a few large segments leaves one core idle; here whole segments are dealt out so that each
 * slice holds about the same number of documents. Segments are never split: drill-sideways
 * scoring must see each segment in one pass.
 */
final class SlicedSearcher extends IndexSearcher {
  private final int slices;

  SlicedSearcher(IndexReader reader, Executor threads, int slices) {
    super(reader, threads);
    this.slices = slices;
    setSimilarity(Scoring.similarity());
  }

  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    int n = Math.max(1, Math.min(slices, leaves.size()));
    List<List<LeafReaderContextPartition>> groups = new ArrayList<>(n);
    long[] docs = new long[n];
    for (int i = 0; i < n; i++) groups.add(new ArrayList<>());
    List<LeafReaderContext> largestFirst = new ArrayList<>(leaves);
    largestFirst.sort(
        Comparator.comparingInt((LeafReaderContext leaf) -> leaf.reader().maxDoc())
            .reversed());
    for (LeafReaderContext leaf : largestFirst) {
      int lightest = 0;
      for (int i = 1; i < n; i++) if (docs[i] < docs[lightest]) lightest = i;
      groups.get(lightest).add(LeafReaderContextPartition.createForEntireSegment(leaf));
      docs[lightest] += leaf.reader().maxDoc();
    }
    List<LeafSlice> out = new ArrayList<>(n);
    for (List<LeafReaderContextPartition> group : groups)
      if (!group.isEmpty()) out.add(new LeafSlice(group));
    return out.toArray(new LeafSlice[0]);
  }
}
