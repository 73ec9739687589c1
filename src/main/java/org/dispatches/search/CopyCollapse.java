package org.dispatches.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.dispatches.api.CopyInfo;
import org.dispatches.api.SortOrder;
import org.dispatches.index.Fields;
import org.dispatches.index.copies.CopyGroups;

/**
 * Collapses a ranked list to one hit per copy group: a group is shown where its best-ranked
 * matching member ranks, and its other members are named in that hit. Ranking is the engine's own;
 * collapse only drops the later members, reading more of the list when copies thinned a page out.
 */
final class CopyCollapse {
  /** How far down the ranked list collapse may read to fill a page. */
  static final int MAX_READ = 40_000;

  private CopyCollapse() {}

  /** A ranked list read further. */
  @FunctionalInterface
  interface Ranked {
    TopDocs top(int n) throws IOException;
  }

  /**
   * The page's documents (ranked {@code offset+1 .. offset+size} among groups) and whether more
   * follow. With {@code afterCursor}, the list starts after a cursor: a member whose group already
   * showed before the cursor (a better-ranked member matches) is dropped too.
   */
  record Page(ScoreDoc[] docs, boolean more) {}

  static Page collapse(
      IndexSearcher searcher,
      Query filtered,
      Sort sort,
      TopDocs first,
      Ranked ranked,
      int offset,
      int size,
      boolean afterCursor)
      throws IOException {
    TopDocs top = first;
    int read = Math.max(1, first.scoreDocs.length);
    while (true) {
      List<ScoreDoc> kept =
          keep(searcher, filtered, sort, top.scoreDocs, offset + size + 1, afterCursor);
      boolean exhausted = top.scoreDocs.length < read;
      if (kept.size() > offset + size || exhausted || read >= MAX_READ) {
        int from = Math.min(offset, kept.size());
        int to = Math.min(offset + size, kept.size());
        boolean more = kept.size() > offset + size || (!exhausted && read >= MAX_READ);
        return new Page(kept.subList(from, to).toArray(new ScoreDoc[0]), more);
      }
      read = Math.min(MAX_READ, read * 4);
      top = ranked.top(read);
    }
  }

  private static List<ScoreDoc> keep(
      IndexSearcher searcher,
      Query filtered,
      Sort sort,
      ScoreDoc[] docs,
      int wanted,
      boolean afterCursor)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Set<Long> seen = new HashSet<>();
    List<ScoreDoc> kept = new ArrayList<>(wanted);
    for (ScoreDoc d : docs) {
      long group = CopyGroupsView.groupOf(reader, d.doc);
      if (!seen.add(group)) continue;
      if (afterCursor && !bestOfGroup(searcher, filtered, sort, group, d.doc)) continue;
      kept.add(d);
      if (kept.size() == wanted) break;
    }
    return kept;
  }

  /** Whether {@code doc} is the best-ranked report of its group that matches. */
  private static boolean bestOfGroup(
      IndexSearcher searcher, Query filtered, Sort sort, long group, int doc) throws IOException {
    Query ofGroup = CopyGroupsView.group(CopyGroups.format(group));
    if (searcher.count(ofGroup) < 2) return true;
    Query q = new BooleanQuery.Builder()
        .add(filtered, BooleanClause.Occur.MUST)
        .add(ofGroup, BooleanClause.Occur.FILTER)
        .build();
    ScoreDoc[] best = searcher.search(q, 1, sort).scoreDocs;
    return best.length == 0 || best[0].doc == doc;
  }

  /** The copies of the story {@code doc} belongs to, or null when no other report copies it. */
  static CopyInfo copiesOf(IndexSearcher searcher, int doc) throws IOException {
    long group = CopyGroupsView.groupOf(searcher.getIndexReader(), doc);
    if (searcher instanceof FacetedSearcher view && !view.groupsWithCopies().contains(group))
      return null;
    String key = CopyGroups.format(group);
    Query ofGroup = CopyGroupsView.group(key);
    int n = searcher.count(ofGroup);
    if (n < 2) return null;
    StoredFields stored = searcher.storedFields();
    Set<String> outlets = new LinkedHashSet<>();
    TopDocs members =
        searcher.search(ofGroup, Math.min(n, 200), SearchService.sortFor(SortOrder.DATE_ASCENDING));
    StoredArticles articles = new StoredArticles();
    for (ScoreDoc m : members.scoreDocs) {
      if (m.doc == doc) continue;
      String outlet = articles.hit(stored, m.doc, null).outlet();
      if (outlet != null && outlets.size() < CopyInfo.MAX_OUTLETS) outlets.add(outlet);
    }
    var similarity =
        stored.document(doc, Set.of(Fields.COPY_SIMILARITY)).getField(Fields.COPY_SIMILARITY);
    return new CopyInfo(
        key,
        n - 1,
        new ArrayList<>(outlets),
        similarity == null ? 1.0 : similarity.numericValue().doubleValue());
  }
}
