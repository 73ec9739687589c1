package org.dispatches.search;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * How many reports of one view of the index hold a term, remembered for the life of the view.
 * Reading what the user meant asks this of many spellings per query word (a compound's split at
 * each letter, a misspelling's frequency), and each answer costs a look-up in every segment: at 1M
 * reports, 16 segments, a few hundred look-ups per query. A view never changes, so an answer once
 * read stays right until the next refresh replaces the view (and this with it).
 */
final class ViewTermCounts {
  /** Bounds the memory a view's answers take: past this many, they are forgotten and read again. */
  static final int MAX_REMEMBERED = 100_000;

  private final IndexReader reader;
  private final ConcurrentHashMap<Term, Integer> counts = new ConcurrentHashMap<>();

  ViewTermCounts(IndexReader reader) {
    this.reader = reader;
  }

  /** The reports of the view holding {@code term} (deleted ones included, as Lucene counts). */
  int docFreq(String field, String term) throws IOException {
    Term key = new Term(field, term);
    Integer known = counts.get(key);
    if (known != null) return known;
    int n = reader.docFreq(key);
    if (counts.size() >= MAX_REMEMBERED) counts.clear();
    counts.put(key, n);
    return n;
  }

  IndexReader reader() {
    return reader;
  }
}
