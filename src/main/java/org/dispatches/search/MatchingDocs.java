package org.dispatches.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Every document a query matches, in one pass without scores. Story counts read the set of copies
 * a search matches; reading it as the top n by score took a count first (to size n), then a search
 * that scored every match and kept them in a priority queue of that size, at 1M reports tens of
 * thousands.
 */
final class MatchingDocs implements CollectorManager<MatchingDocs.Ids, int[]> {
  private MatchingDocs() {}

  /** The documents matching {@code query}, in no particular order. */
  static int[] of(IndexSearcher searcher, Query query) throws IOException {
    return searcher.search(query, new MatchingDocs());
  }

  @Override
  public Ids newCollector() {
    return new Ids();
  }

  @Override
  public int[] reduce(Collection<Ids> collectors) {
    int n = 0;
    for (Ids c : collectors) n += c.size;
    int[] out = new int[n];
    int at = 0;
    for (Ids c : collectors) {
      System.arraycopy(c.docs, 0, out, at, c.size);
      at += c.size;
    }
    return out;
  }

  /** The document ids of one slice. */
  static final class Ids implements Collector {
    private int[] docs = new int[16];
    private int size;

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      int base = context.docBase;
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          if (size == docs.length) docs = Arrays.copyOf(docs, size * 2);
          docs[size++] = base + doc;
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
