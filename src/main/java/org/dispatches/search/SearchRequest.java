package org.dispatches.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A search as the API and the command line ask for it: a query, filters (values of one filter are
 * ORed, different filters ANDed), order, page and the facet dimensions to count.
 *
 * @param sort null means: relevance when there is a query, newest first when browsing
 * @param facets the dimensions to count; empty counts none
 * @param copies collapse copies of one story, count facets by stories, or list one story's copies
 * @param cursor a response's {@code nextCursor}, to read on past the paging depth; null for pages
 * @param facetFilter counts only facet values that contain this text (the filter box over a facet
 *     panel); null counts the top values. The date facet is never filtered
 * @param dateInterval how finely the date facet counts
 * @param correct whether the search may read what the user meant: correct misspelt words, add other
 *     spellings of compounds, add the reports of an actor named by an alias (false: the words as typed)
 */
public record SearchRequest(
    String query,
    List<String> outlets,
    List<String> actors,
    List<String> figures,
    List<String> sources,
    LocalDate from,
    LocalDate to,
    SortOrder sort,
    int page,
    int size,
    Set<String> facets,
    int facetSize,
    String cursor,
    FacetValueFilter facetFilter,
    DateInterval dateInterval,
    boolean correct,
    CopyView copies) {

  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 10;
  public static final int DEFAULT_FACET_SIZE = 20;

  /** A request without a cursor: results by page. */
  public SearchRequest(
      String query,
      List<String> outlets,
      List<String> actors,
      List<String> figures,
      List<String> sources,
      LocalDate from,
      LocalDate to,
      SortOrder sort,
      int page,
      int size,
      Set<String> facets,
      int facetSize) {
    this(
        query, outlets, actors, figures, sources, from, to, sort, page, size, facets, facetSize,
        null);
  }

  /** A request with the top facet values, months for dates, copies collapsed. */
  public SearchRequest(
      String query,
      List<String> outlets,
      List<String> actors,
      List<String> figures,
      List<String> sources,
      LocalDate from,
      LocalDate to,
      SortOrder sort,
      int page,
      int size,
      Set<String> facets,
      int facetSize,
      String cursor) {
    this(
        query,
        outlets,
        actors,
        figures,
        sources,
        from,
        to,
        sort,
        page,
        size,
        facets,
        facetSize,
        cursor,
        null,
        DateInterval.MONTH,
        true,
        CopyView.DEFAULT);
  }

  /** A request with the given facet filter and date interval, copies collapsed. */
  public SearchRequest(
      String query,
      List<String> outlets,
      List<String> actors,
      List<String> figures,
      List<String> sources,
      LocalDate from,
      LocalDate to,
      SortOrder sort,
      int page,
      int size,
      Set<String> facets,
      int facetSize,
      String cursor,
      FacetValueFilter facetFilter,
      DateInterval dateInterval) {
    this(
        query,
        outlets,
        actors,
        figures,
        sources,
        from,
        to,
        sort,
        page,
        size,
        facets,
        facetSize,
        cursor,
        facetFilter,
        dateInterval,
        true,
        CopyView.DEFAULT);
  }

  /** A request with the top facet values and months for dates, and the given treatment of copies. */
  public SearchRequest(
      String query,
      List<String> outlets,
      List<String> actors,
      List<String> figures,
      List<String> sources,
      LocalDate from,
      LocalDate to,
      SortOrder sort,
      int page,
      int size,
      Set<String> facets,
      int facetSize,
      String cursor,
      CopyView copies) {
    this(
        query,
        outlets,
        actors,
        figures,
        sources,
        from,
        to,
        sort,
        page,
        size,
        facets,
        facetSize,
        cursor,
        null,
        DateInterval.MONTH,
        true,
        copies);
  }

  /** This request with another treatment of copies. */
  public SearchRequest withCopies(CopyView view) {
    return new SearchRequest(
        query,
        outlets,
        actors,
        figures,
        sources,
        from,
        to,
        sort,
        page,
        size,
        facets,
        facetSize,
        cursor,
        facetFilter,
        dateInterval,
        correct,
        view);
  }

  public SearchRequest {
    copies = copies == null ? CopyView.DEFAULT : copies;
    cursor = cursor == null || cursor.isBlank() ? null : cursor.strip();
    query = query == null ? "" : query.strip();
    outlets = List.copyOf(outlets);
    actors = List.copyOf(actors);
    figures = List.copyOf(figures);
    sources = List.copyOf(sources);
    facets = Set.copyOf(facets);
    if (dateInterval == null) dateInterval = DateInterval.MONTH;
    if (page < 1) throw new BadRequestException("bad_parameter", "page must be 1 or more");
    if (size < 1 || size > MAX_SIZE) {
      throw new BadRequestException("bad_parameter", "size must be between 1 and " + MAX_SIZE);
    }
    if (facetSize < 1 || facetSize > 1000) {
      throw new BadRequestException("bad_parameter", "facetSize must be between 1 and 1000");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadRequestException(
          "bad_parameter", "from (" + from + ") is after to (" + to + ")");
    }
  }

  /** A request for {@code query} with no filters, first page, default size, every facet. */
  public static SearchRequest of(String query) {
    return new SearchRequest(
        query,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        null,
        1,
        DEFAULT_SIZE,
        Set.copyOf(org.dispatches.index.FieldCatalog.FACET_DIMENSIONS),
        DEFAULT_FACET_SIZE);
  }

  public SortOrder effectiveSort() {
    if (sort != null) return sort;
    return query.isEmpty() ? SortOrder.DATE_DESCENDING : SortOrder.RELEVANCE;
  }

  /**
   * The values given for the filter parameter {@code parameter} ({@code outlet}, {@code actor},
   * {@code figure}, {@code source}: the filters {@code index/FieldCatalog} names). A filter the
   * catalogue names that the request cannot carry is a programming error, not a filter quietly lost.
   */
  public List<String> filterValues(String parameter) {
    return switch (parameter) {
      case "outlet" -> outlets;
      case "actor" -> actors;
      case "figure" -> figures;
      case "source" -> sources;
      default -> throw new IllegalArgumentException("a request has no filter " + parameter);
    };
  }

  public boolean hasFilters() {
    return !outlets.isEmpty()
        || !actors.isEmpty()
        || !figures.isEmpty()
        || !sources.isEmpty()
        || from != null
        || to != null;
  }
}
