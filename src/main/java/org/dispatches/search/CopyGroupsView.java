package org.dispatches.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.dispatches.index.Fields;
import org.dispatches.index.copies.CopyGroups;

/** Reads copy groups out of one index view: a document's group, its facet labels, the documents of a set of groups. */
final class CopyGroupsView {
  private static final Query MEMBERS = new TermQuery(new Term(Fields.COPY_MEMBER, "true"));

  private CopyGroupsView() {}

  /** The group of {@code doc}; a report indexed before copy groups existed is a group of its own. */
  static long groupOf(IndexReader reader, int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    NumericDocValues groups = leaf.reader().getNumericDocValues(Fields.COPY_GROUP);
    int local = doc - leaf.docBase;
    if (groups != null && groups.advanceExact(local)) return groups.longValue();
    return ~(long) doc; // unique within this view, and never a key CopyGroups makes in practice
  }

  /**
   * The groups of every live report that joined an earlier report's group: the groups with more
   * than one report, since only a group's first report is no member.
   */
  static java.util.Set<Long> groupsWithMembers(org.apache.lucene.search.IndexSearcher searcher)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    java.util.Set<Long> groups = new java.util.HashSet<>();
    for (int d : MatchingDocs.of(searcher, MEMBERS)) groups.add(groupOf(reader, d));
    return java.util.Set.copyOf(groups);
  }

  /** The facet values of {@code dim} that {@code doc} has. */
  static List<String> labels(IndexReader reader, int doc, String dim) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    LeafReader r = leaf.reader();
    SortedSetDocValues ords = r.getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    List<String> out = new ArrayList<>(2);
    if (ords == null || !ords.advanceExact(doc - leaf.docBase)) return out;
    String prefix = dim + FacetsConfig.DELIM_CHAR;
    for (int i = 0; i < ords.docValueCount(); i++) {
      String path = ords.lookupOrd(ords.nextOrd()).utf8ToString();
      if (path.startsWith(prefix)) out.add(path.substring(prefix.length()));
    }
    return out;
  }

  /** {@code query} narrowed to reports that joined an earlier report's group. */
  static Query members(Query query) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.FILTER)
        .add(MEMBERS, BooleanClause.Occur.FILTER)
        .build();
  }

  /** {@code query} narrowed to the first members of {@code groups}. */
  static Query firstMembers(Query query, Collection<Long> groups) {
    List<BytesRef> keys = new ArrayList<>(groups.size());
    for (long g : groups) keys.add(new BytesRef(CopyGroups.format(g)));
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.FILTER)
        .add(new TermInSetQuery(Fields.COPY_GROUP, keys), BooleanClause.Occur.FILTER)
        .add(MEMBERS, BooleanClause.Occur.MUST_NOT)
        .build();
  }

  /** The reports of one group. */
  static Query group(String key) {
    return new TermQuery(new Term(Fields.COPY_GROUP, key));
  }
}
