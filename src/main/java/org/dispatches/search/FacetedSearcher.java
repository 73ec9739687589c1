package org.dispatches.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;
import org.dispatches.index.RankedText;
import org.dispatches.index.Scoring;

/**
 * A searcher with the facet ordinal state of its reader, built once when the reader opens (it
 * costs a pass over the facet doc values), so that requests never build it.
 */
public final class FacetedSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;
  private final IndexSearcher facetSearcher;
  private final IndexSearcher plainSearcher;
  private final SlicedSearcher slicedSearcher;
  private final SlicedSearcher slicedFacetSearcher;
  private final FieldInfos fieldInfos;
  private final Set<String> fieldNames;
  private final boolean rankedText;
  private final ViewTermCounts termCounts;
  private volatile java.util.Set<Long> groupsWithCopies;
  private volatile Suggestions suggestions;

  private final ExecutorService sliceThreads;
  private final int slices;

  /**
   * A searcher of {@code reader} whose time limit is {@code timeout}, with companions that search
   * in {@code slices} slices on {@code sliceThreads} (which must carry the timeout's deadline).
   */
  FacetedSearcher(
      IndexReader reader,
      FacetsConfig config,
      QueryTimeout timeout,
      ExecutorService sliceThreads,
      int slices)
      throws IOException {
    super(reader);
    setTimeout(timeout);
    setSimilarity(Scoring.similarity());
    this.facetSearcher = facetSearcher(reader, timeout);
    facetSearcher.setSimilarity(Scoring.similarity());
    // the state must belong to the reader facets are counted on
    IndexReader facetReader = facetSearcher.getIndexReader();
    this.facetState =
        hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(facetReader, config) : null;
    this.sliceThreads = sliceThreads;
    this.slices = slices;
    // plain searches read through the exiting reader too: term expansion (wildcards, regular
    // expressions, fuzzy terms) happens before scoring, where the time-limiting scorer cannot see
    // it
    this.plainSearcher = new IndexSearcher(facetReader);
    plainSearcher.setTimeout(timeout);
    plainSearcher.setSimilarity(Scoring.similarity());
    this.slicedSearcher = new SlicedSearcher(facetReader, sliceThreads, slices);
    slicedSearcher.setTimeout(timeout);
    this.slicedFacetSearcher = new SlicedSearcher(facetReader, sliceThreads, slices);
    this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
    this.fieldNames = fieldNames(fieldInfos);
    this.rankedText = RankedText.coversAll(reader);
    this.termCounts = new ViewTermCounts(reader);
  }

  /** How many reports of this view hold a term, remembered while the view lives. */
  ViewTermCounts termCounts() {
    return termCounts;
  }

  /**
   * The copy groups of this view that hold more than one report: those of the reports that joined
   * an earlier report's group, read once per view on first use. A hit whose group is not among
   * them has no copies, which spares a look-up of its group in every segment.
   */
  java.util.Set<Long> groupsWithCopies() throws IOException {
    java.util.Set<Long> groups = groupsWithCopies;
    if (groups == null) {
      // read whole, outside the search's time limit: a limit reached halfway would leave a part
      groups = CopyGroupsView.groupsWithMembers(new IndexSearcher(getIndexReader()));
      groupsWithCopies = groups;
    }
    return groups;
  }

  /** Whether every report of this view has the ranked field, so that plain words may be scored over it ({@link RankedWords}). */
  boolean rankedText() {
    return rankedText;
  }

  /**
   * The fields of every segment of this view, merged once: the highlighter asks them for each
   * field of each page, and merging them there cost a pass over every segment's fields each time.
   */
  FieldInfos fieldInfos() {
    return fieldInfos;
  }

  /** The fields some report of this view has: a field no report has need not be highlighted. */
  public Set<String> fieldNames() {
    return fieldNames;
  }

  private static Set<String> fieldNames(FieldInfos infos) {
    Set<String> names = new HashSet<>();
    for (FieldInfo info : infos) names.add(info.name);
    return Set.copyOf(names);
  }

  /**
   * The searcher facets are counted on (drill-sideways, suggestions): the drill-sideways scorer must see every document in one pass, so Lucene's
   * time-limiting scorer (which scores in slices) cannot wrap it; the time limit is kept by a reader
   * that stops term expansion, point and doc-value walks (and so facet counting) at the deadline.
   */
  private static IndexSearcher facetSearcher(IndexReader reader, QueryTimeout timeout)
      throws IOException {
    if (!(reader instanceof DirectoryReader dr)) return new IndexSearcher(reader);
    return new IndexSearcher(new ExitableDirectoryReader(dr, timeout));
  }

  /** The searcher facets are counted on: the same documents, with a time limit that suits drill-sideways. */
  public IndexSearcher facetSearcher() {
    return facetSearcher;
  }

  /** The threads the sliced searchers search on. */
  ExecutorService sliceThreads() {
    return sliceThreads;
  }

  /** How many slices the sliced searchers cut the index into: as many as there are slice threads. */
  int slices() {
    return slices;
  }

  /**
   * A searcher of this view that stops at the request's deadline in term expansion as well as in
   * scoring; with {@code parallel} one that searches its slices side by side.
   */
  IndexSearcher searcher(boolean parallel) {
    return parallel ? slicedSearcher : plainSearcher;
  }

  /** {@link #facetSearcher()}, or with {@code parallel} one over the same reader that searches its slices side by side. */
  IndexSearcher facetSearcher(boolean parallel) {
    return parallel ? slicedFacetSearcher : facetSearcher;
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
        .anyMatch(leaf ->
            leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
  }
}
