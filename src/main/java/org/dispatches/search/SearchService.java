package org.dispatches.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.dispatches.api.ActorNames;
import org.dispatches.api.BadRequestException;
import org.dispatches.api.CopyInfo;
import org.dispatches.api.CopyView;
import org.dispatches.api.Correction;
import org.dispatches.api.CursorTokens;
import org.dispatches.api.DateInterval;
import org.dispatches.api.FacetValue;
import org.dispatches.api.Hit;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchLimits;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.api.SearchTimeoutException;
import org.dispatches.api.SortOrder;
import org.dispatches.api.Suggestion;
import org.dispatches.extract.Article;
import org.dispatches.index.ArticleDocuments;
import org.dispatches.index.Fields;

/** The embedded Lucene back end: searches, article look-ups and suggestions over the current view of the index. */
public final class SearchService implements SearchBackend {
  /** Kept for callers of the engine; the limits themselves are the API's ({@link SearchLimits}). */
  public static final int MAX_DEPTH = SearchLimits.MAX_DEPTH;

  public static final Duration DEFAULT_TIMEOUT = SearchLimits.DEFAULT_TIMEOUT;

  private final SearcherSource searchers;
  private final QueryTranslator translator;
  private final SpellingCorrector corrector;
  private final CompoundVariants variants = new CompoundVariants();
  private final ActorNames actorNames;
  private final FacetsConfig facetsConfig = ArticleDocuments.facetsConfig();
  private final SnippetMaker snippets = new SnippetMaker();
  private final StoredArticles stored = new StoredArticles();
  private final SearchCursor.Codec cursors = new SearchCursor.Codec();
  private final ExpensiveSearches expensive = ExpensiveSearches.forThisMachine();
  private final long timeoutNanos;

  public SearchService(SearcherSource searchers, ActorNames actorNames) {
    this(searchers, actorNames, DEFAULT_TIMEOUT);
  }

  /** A service whose searches stop (with {@link SearchTimeoutException}) after {@code timeout}. */
  public SearchService(SearcherSource searchers, ActorNames actorNames, Duration timeout) {
    this.searchers = searchers;
    this.actorNames = actorNames;
    this.translator = new QueryTranslator(actorNames);
    this.corrector = new SpellingCorrector(actorNames.gazetteer(), variants);
    this.timeoutNanos = timeout.toNanos();
  }

  @Override
  public SearchResponse search(SearchRequest request) throws IOException {
    return search(request, () -> false);
  }

  /**
   * One deadline covers each search: parsing, the wait for a turn (expensive searches), term
   * expansion, scoring, facet counting and highlighting; the search also stops when
   * {@code abandoned} says its client is gone. With the readings of what the user meant:
   * compounds in their other spellings, a query that names an actor by an alias also finds the
   * reports naming that actor, and a query with misspelt words is corrected (and run corrected
   * when as typed it found nothing). A request with {@code correct} false is answered word for
   * word as typed, as the OpenSearch back end does.
   */
  @Override
  public SearchResponse search(SearchRequest request, BooleanSupplier abandoned)
      throws IOException {
    long start = System.nanoTime();
    if (!request.correct())
      return search(
          request,
          abandoned,
          start,
          present -> translator.translate(request.query(), request.query(), present));
    String actor = translator.actorNamedBy(request.query());
    SearchResponse asTyped = search(
        request,
        abandoned,
        start,
        present -> translator.orActor(translate(request.query(), present), actor));
    if (actor != null) return asTyped.toBuilder().actor(actor).build();
    Correction correction = searchers.withSearcher(s -> corrector.correct(
        request.query(), s.termCounts(), asTyped.total() <= SpellingCorrector.FEW_RESULTS));
    if (correction == null) return asTyped;
    if (asTyped.total() == 0) {
      SearchResponse corrected =
          search(request, abandoned, start, present -> translate(correction.query(), present));
      if (corrected.total() > 0)
        return corrected.toBuilder().correction(correction.withApplied(true)).build();
    }
    return asTyped.toBuilder().correction(correction).build();
  }

  /** The query for {@code text}, widened with the other spellings of its compounds that the archive holds. */
  private Query translate(String text, Predicate<String> present) throws IOException {
    String widened = searchers.withSearcher(s -> variants.expand(text, s.termCounts()));
    return translator.translate(text, widened, present);
  }

  /** Reads the query of a search (inside its deadline) for a view whose fields are {@code present}. */
  @FunctionalInterface
  private interface QueryReading {
    Query read(Predicate<String> present) throws IOException;
  }

  /**
   * A query read for the fields of one view ({@code fields}). The view a search then runs on may
   * be newer: when it has fields the reading did not know (a refresh in between added the first
   * report in a language), the query is read again for it, so no report is missed.
   */
  private record ReadQuery(Query query, Set<String> fields, QueryReading reading, CopyView copies) {
    /** The query for {@code view}, without the clauses over fields no report of it has. */
    Query forView(FacetedSearcher view) throws IOException {
      Set<String> present = view.fieldNames();
      Query q = fields.containsAll(present)
          ? query
          : restrictToGroup(reading.read(present::contains), copies);
      return AbsentFields.prune(q, present);
    }
  }

  private SearchResponse search(
      SearchRequest request, BooleanSupplier abandoned, long start, QueryReading reading)
      throws IOException {
    SearchCursor cursor =
        request.cursor() == null ? null : cursors.decode(request.cursor(), request.effectiveSort());
    // in long: page × size overflows an int for pages a client may well send (page=2147483647)
    long reach = cursor != null ? request.size() : (long) request.page() * request.size();
    if (cursor == null && reach > MAX_DEPTH) {
      throw new BadRequestException(
          "bad_parameter",
          "page × size may reach at most " + MAX_DEPTH
              + " results; to read further, follow nextCursor from page to page (cursor=...), or narrow the search");
    }
    int depth = (int) reach;
    SearchDeadline deadline = searchers.deadline();
    try {
      return deadline.within(timeoutNanos, abandoned, () -> {
        Set<String> fields = searchers.withSearcher(FacetedSearcher::fieldNames);
        Query query = restrictToGroup(reading.read(fields::contains), request.copies());
        ReadQuery read = new ReadQuery(query, fields, reading, request.copies());
        deadline.check();
        Filters filters = Filters.of(request, actorNames, facetsConfig);
        boolean costly = ExpensiveSearches.isExpensive(query);
        return expensive.run(
            query,
            deadline,
            () -> cursor == null
                ? searchers.withSearcher(
                    s -> page(s, read, costly, filters, request, null, depth, start))
                : searchers.withSearcher(
                    cursor.version(),
                    s -> page(s, read, costly, filters, request, cursor, depth, start)));
      });
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadRequestException(
          "too_many_clauses",
          "the query expands to more than " + IndexSearcher.getMaxClauseCount()
              + " clauses; use fewer words, wildcards or fuzzy terms");
    }
  }

  /** One page from {@code searcher}'s view; an expensive query searches on one thread, leaving the others to cheap ones. */
  private SearchResponse page(
      FacetedSearcher searcher,
      ReadQuery readQuery,
      boolean costly,
      Filters filters,
      SearchRequest request,
      SearchCursor cursor,
      int depth,
      long start)
      throws IOException {
    if (cursor != null && cursor.after().doc >= searcher.getIndexReader().maxDoc())
      throw CursorTokens.notOurs();
    // snippets mark the words of the query as read; matching and scoring take plain words from the
    // ranked field when every report has it
    Query asRead = readQuery.forView(searcher);
    Query query = searcher.rankedText() ? RankedWords.merge(asRead) : asRead;
    FieldDoc after = cursor == null ? null : cursor.after();
    SliceExecutor slicing = searchers.slicing();
    boolean parallel = slicing.enter() && !costly;
    CopyView copies = request.copies();
    // collapsing drops later copies: read a little further at once, so that a page rarely needs a
    // second read
    int read =
        copies.collapse() ? Math.min(SearchService.MAX_DEPTH * 2, depth + depth / 2 + 5) : depth;
    try {
      Page page = request.facets().isEmpty() || searcher.facetState() == null
          ? plain(searcher.searcher(parallel), query, filters, request, after, read)
          : drillSideways(searcher, parallel, query, filters, request, after, read);
      // Lucene's time-limiting scorer ends a search early with partial results rather than failing
      // it
      searchers.deadline().check();
      int offset = cursor != null ? 0 : (request.page() - 1) * request.size();
      int pageNumber = cursor != null ? cursor.page() : request.page();
      ViewVersion view =
          () -> cursor != null ? cursor.version() : searchers.keepForCursors(searcher);
      TopDocs shown = page.topDocs;
      String next;
      if (copies.collapse()) {
        Sort sort = sortFor(request.effectiveSort());
        IndexSearcher s = searcher.searcher(parallel);
        Query filtered = filters.applyTo(query);
        CopyCollapse.Page c = CopyCollapse.collapse(
            s,
            filtered,
            sort,
            page.topDocs,
            n -> TopHits.search(s, after, filtered, n, sort),
            offset,
            request.size(),
            cursor != null);
        shown = new TopDocs(page.topDocs.totalHits, c.docs());
        offset = 0;
        next = c.more() && c.docs().length == request.size()
            ? encoded(SearchCursor.after(
                request.effectiveSort(), view.get(), c.docs()[c.docs().length - 1], pageNumber + 1))
            : null;
      } else {
        next = nextCursor(request, page, cursor == null ? offset : -1, pageNumber + 1, view);
      }
      List<Hit> hits = hits(searcher, parallel, asRead, shown, offset);
      // stories per date bucket by month only: day and week buckets are not facet labels
      Map<String, List<FacetValue>> facets = StoryCounts.facets(
          searcher.facetSearcher(parallel),
          page.facets,
          dim -> filters.applyToExcept(dim, query),
          copies.countStories(),
          request.facetSize(),
          Fields.FACET_DATE,
          request.dateInterval() == DateInterval.MONTH);
      long stories =
          StoryCounts.total(searcher.searcher(parallel), filters.applyTo(query), page.total);
      long took = (System.nanoTime() - start) / 1_000_000;
      return SearchResponse.builder()
          .query(request.query())
          .total(page.total)
          .page(pageNumber)
          .size(request.size())
          .tookMs(took)
          .hits(hits)
          .facets(facets)
          .nextCursor(next)
          .stories(stories)
          .collapsed(copies.collapse())
          .build();
    } finally {
      slicing.leave();
    }
  }

  /** The cursor after a full page that has more behind it; {@code offset} is -1 when paging by cursor. */
  private String nextCursor(
      SearchRequest request, Page page, int offset, int nextPage, ViewVersion view)
      throws IOException {
    ScoreDoc[] docs = page.topDocs.scoreDocs;
    boolean full =
        docs.length == offset + request.size() || (offset < 0 && docs.length == request.size());
    boolean more = offset < 0 || offset + request.size() < page.total;
    if (!full || !more) return null;
    SearchCursor next =
        SearchCursor.after(request.effectiveSort(), view.get(), docs[docs.length - 1], nextPage);
    return next == null ? null : cursors.encode(next);
  }

  private String encoded(SearchCursor cursor) {
    return cursor == null ? null : cursors.encode(cursor);
  }

  /** The query narrowed to one copy group when the request lists a story's copies. */
  private static Query restrictToGroup(Query query, CopyView copies) {
    if (copies.group() == null) return query;
    return new org.apache.lucene.search.BooleanQuery.Builder()
        .add(query, org.apache.lucene.search.BooleanClause.Occur.MUST)
        .add(
            CopyGroupsView.group(copies.group()),
            org.apache.lucene.search.BooleanClause.Occur.FILTER)
        .build();
  }

  /** The request asking for as many facet values as a dimension may list. */
  private static SearchRequest listingMore(SearchRequest r) {
    return r.toBuilder().facetSize(FacetLists.MAX_VALUES).build();
  }

  /** The version of the view a cursor points into, kept for cursors only when one is made. */
  @FunctionalInterface
  private interface ViewVersion {
    long get() throws IOException;
  }

  @Override
  public Optional<Article> article(String id) throws IOException {
    return searchers.withSearcher(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
      if (top.scoreDocs.length == 0) return Optional.empty();
      return Optional.of(stored.article(searcher.storedFields(), top.scoreDocs[0].doc));
    });
  }

  @Override
  public long count() throws IOException {
    return searchers.withSearcher(s -> (long) s.getIndexReader().numDocs());
  }

  @Override
  public String indexVersion() throws IOException {
    return searchers.withSearcher(s ->
        s.getIndexReader() instanceof DirectoryReader r ? Long.toString(r.getVersion()) : null);
  }

  @Override
  public List<Suggestion> suggest(String text, int limit) throws IOException {
    String canonical = text == null || text.isBlank() ? "" : actorNames.canonical(text);
    return searchers.withSearcher(s -> s.suggestions().matching(text, canonical, limit));
  }

  @Override
  public long forEachHit(SearchRequest request, HitConsumer consumer) throws IOException {
    Query query = Filters.of(request, actorNames, facetsConfig)
        .applyTo(restrictToGroup(
            request.correct()
                ? translate(request.query(), field -> true)
                : translator.translate(request.query()),
            request.copies()));
    Sort sort = sortFor(request.effectiveSort());
    return searchers.withSearcher(searcher -> {
      Query scored = searcher.rankedText() ? RankedWords.merge(query) : query;
      long n = 0;
      ScoreDoc after = null;
      StoredFields fields = searcher.storedFields();
      while (true) {
        TopDocs top = after == null
            ? searcher.search(scored, 1000, sort)
            : searcher.searchAfter(after, scored, 1000, sort);
        if (top.scoreDocs.length == 0) return n;
        for (ScoreDoc sd : top.scoreDocs) {
          Hit hit = stored.hit(fields, sd.doc, null);
          CopyInfo copies = CopyCollapse.copiesOf(searcher, sd.doc);
          consumer.accept(copies == null ? hit : hit.withCopies(copies));
          n++;
        }
        after = top.scoreDocs[top.scoreDocs.length - 1];
      }
    });
  }

  private Page plain(
      IndexSearcher searcher,
      Query query,
      Filters filters,
      SearchRequest r,
      FieldDoc after,
      int depth)
      throws IOException {
    Query filtered = filters.applyTo(query);
    TopDocs top = TopHits.search(searcher, after, filtered, depth, sortFor(r.effectiveSort()));
    return new Page(top, exactTotal(searcher, filtered, top), Map.of());
  }

  /** Drill-sideways over {@code searcher}'s facet searcher, its slices side by side when {@code parallel}. */
  private Page drillSideways(
      FacetedSearcher searcher,
      boolean parallel,
      Query query,
      Filters filters,
      SearchRequest r,
      FieldDoc after,
      int depth)
      throws IOException {
    DrillDownQuery ddq = filters.drillDown(facetsConfig, query);
    IndexSearcher facetSearcher = searcher.facetSearcher(parallel);
    DrillSideways ds = parallel
        ? new ParallelDrillSideways(
            facetSearcher, facetsConfig, searcher.facetState(), searcher.sliceThreads())
        : new DrillSideways(facetSearcher, facetsConfig, searcher.facetState());
    Sort sort = sortFor(r.effectiveSort());
    DrillSideways.DrillSidewaysResult result = Sort.RELEVANCE.equals(sort)
        ? relevanceFirst(ds.search(TopHits.scoreDoc(after), ddq, depth))
        : ds.search(ddq, null, after, depth, sort, true);
    long total = exactTotal(facetSearcher, ddq, result.hits);
    // counted by stories, the top values are chosen among many more values counted by reports
    Map<String, List<FacetValue>> facets =
        FacetLists.read(result.facets, r.copies().countStories() ? listingMore(r) : r);
    if (r.facets().contains(Fields.FACET_DATE) && r.dateInterval() != DateInterval.MONTH) {
      facets.put(
          Fields.FACET_DATE,
          DateCounts.count(
              facetSearcher, filters.applyToExcept(Fields.FACET_DATE, query), r.dateInterval()));
    }
    return new Page(result.hits, total, facets);
  }

  /** A drill-sideways result by relevance, its hits read as sorted by relevance (see {@link TopHits}). */
  private static DrillSideways.DrillSidewaysResult relevanceFirst(
      DrillSideways.DrillSidewaysResult r) {
    return new DrillSideways.DrillSidewaysResult(
        r.facets,
        TopHits.asFieldDocs(r.hits),
        r.drillDownFacetsCollector,
        r.drillSidewaysFacetsCollector,
        r.drillSidewaysDims);
  }

  private static long exactTotal(IndexSearcher searcher, Query query, TopDocs top)
      throws IOException {
    return top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
        ? top.totalHits.value()
        : searcher.count(query);
  }

  private List<Hit> hits(
      FacetedSearcher searcher, boolean parallel, Query query, TopDocs top, int offset)
      throws IOException {
    ScoreDoc[] all = top.scoreDocs;
    if (offset >= all.length) return List.of();
    ScoreDoc[] slice = java.util.Arrays.copyOfRange(all, offset, all.length);
    TopDocs page = new TopDocs(top.totalHits, slice);
    int[] docs = new int[slice.length];
    for (int i = 0; i < docs.length; i++) docs[i] = slice[i].doc;
    // each hit's stored fields read once, for its snippet and for its entry
    StoredFields fields = PageStoredFields.read(searcher.storedFields(), docs);
    String[] snippetTexts = snippets.snippets(
        searcher,
        fields,
        query,
        page,
        parallel ? searcher.sliceThreads() : null,
        searcher.slices(),
        searchers.deadline());
    List<Hit> hits = new ArrayList<>(slice.length);
    for (int i = 0; i < slice.length; i++) {
      Hit hit = stored.hit(fields, slice[i].doc, snippetTexts[i]);
      CopyInfo copies = CopyCollapse.copiesOf(searcher, slice[i].doc);
      hits.add(copies == null ? hit : hit.withCopies(copies));
    }
    return hits;
  }

  /** Date orders put reports without a date last either way; ties go to relevance. */
  static Sort sortFor(SortOrder order) {
    if (order == SortOrder.RELEVANCE) return Sort.RELEVANCE;
    boolean newestFirst = order == SortOrder.DATE_DESCENDING;
    SortField byDate = new SortField(Fields.DATE, SortField.Type.LONG, newestFirst);
    byDate.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(byDate, SortField.FIELD_SCORE);
  }

  private record Page(TopDocs topDocs, long total, Map<String, List<FacetValue>> facets) {}
}
