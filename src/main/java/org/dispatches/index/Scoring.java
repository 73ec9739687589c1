package org.dispatches.index;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The one place that sets how text matches are scored: the writer encodes lengths with it and every
 * searcher scores with it, so the two always agree. Parameters chosen on the TIME test collection
 * (docs/RANKING.md).
 */
public final class Scoring {
  /** BM25 term-frequency saturation. */
  public static final float K1 = 1.2f;
  /** BM25 length normalization: 0 ignores a report's length, 1 normalizes fully. */
  public static final float B = 0.75f;

  private Scoring() {}

  /** The similarity of the index and of its searchers. */
  public static Similarity similarity() {
    return new BM25Similarity(K1, B);
  }
}
