package org.dispatches.search;

import java.io.IOException;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

/**
 * The top hits of a query in a sort order, after a cursor's last hit. By relevance they are
 * collected as Lucene's plain top-scoring list rather than as a list sorted on the score field:
 * the same hits in the same order (score, then document), but the sorted list computes each
 * match's score through a caching wrapper and a comparator and skips fewer matches. At 1M reports
 * the two words {@code prime minister} cost 28 ms one way and 17 ms the other, single-threaded.
 * Hits come back as {@link FieldDoc}s with the score as their one sort value either way, so that
 * cursors and merges read them alike.
 */
final class TopHits {
  private TopHits() {}

  static TopDocs search(IndexSearcher searcher, FieldDoc after, Query query, int n, Sort sort)
      throws IOException {
    if (!Sort.RELEVANCE.equals(sort)) return searcher.searchAfter(after, query, n, sort, true);
    TopDocs top = searcher.searchAfter(scoreDoc(after), query, n);
    return asFieldDocs(top);
  }

  /** The cursor's last hit as a plain scored hit: its one sort value is its score. */
  static ScoreDoc scoreDoc(FieldDoc after) {
    if (after == null) return null;
    float score = after.fields.length > 0 && after.fields[0] instanceof Float f ? f : after.score;
    return new ScoreDoc(after.doc, score, after.shardIndex);
  }

  /** The hits of a top-scoring list as hits sorted by relevance: the score is their one sort value. */
  static TopDocs asFieldDocs(TopDocs top) {
    ScoreDoc[] docs = new ScoreDoc[top.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) {
      ScoreDoc d = top.scoreDocs[i];
      docs[i] = new FieldDoc(d.doc, d.score, new Object[] {d.score}, d.shardIndex);
    }
    return new TopDocs(top.totalHits, docs);
  }
}
