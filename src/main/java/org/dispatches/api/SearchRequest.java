package org.dispatches.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dispatches.index.FieldCatalog;

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
    return builder().query(query).build();
  }

  /** A builder of a request with the defaults (see {@link Builder}). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request, for a copy that differs in a few parts. */
  public Builder toBuilder() {
    return new Builder()
        .query(query)
        .outlets(outlets)
        .actors(actors)
        .figures(figures)
        .sources(sources)
        .from(from)
        .to(to)
        .sort(sort)
        .page(page)
        .size(size)
        .facets(facets)
        .facetSize(facetSize)
        .cursor(cursor)
        .facetFilter(facetFilter)
        .dateInterval(dateInterval)
        .correct(correct)
        .copies(copies);
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

  /**
   * Builds a request part by part; what is not set keeps its default: no query, no filters, the
   * default order, first page of {@link #DEFAULT_SIZE}, every facet with {@link
   * #DEFAULT_FACET_SIZE} values, months for dates, the query read as meant, copies collapsed. The
   * request checks its values when built.
   */
  public static final class Builder {
    private String query = "";
    private List<String> outlets = List.of();
    private List<String> actors = List.of();
    private List<String> figures = List.of();
    private List<String> sources = List.of();
    private LocalDate from;
    private LocalDate to;
    private SortOrder sort;
    private int page = 1;
    private int size = DEFAULT_SIZE;
    private Set<String> facets = Set.copyOf(FieldCatalog.FACET_DIMENSIONS);
    private int facetSize = DEFAULT_FACET_SIZE;
    private String cursor;
    private FacetValueFilter facetFilter;
    private DateInterval dateInterval = DateInterval.MONTH;
    private boolean correct = true;
    private CopyView copies = CopyView.DEFAULT;

    private Builder() {}

    public Builder query(String query) {
      this.query = query;
      return this;
    }

    public Builder outlets(List<String> outlets) {
      this.outlets = outlets;
      return this;
    }

    public Builder actors(List<String> actors) {
      this.actors = actors;
      return this;
    }

    public Builder figures(List<String> figures) {
      this.figures = figures;
      return this;
    }

    public Builder sources(List<String> sources) {
      this.sources = sources;
      return this;
    }

    public Builder from(LocalDate from) {
      this.from = from;
      return this;
    }

    public Builder to(LocalDate to) {
      this.to = to;
      return this;
    }

    public Builder sort(SortOrder sort) {
      this.sort = sort;
      return this;
    }

    public Builder page(int page) {
      this.page = page;
      return this;
    }

    public Builder size(int size) {
      this.size = size;
      return this;
    }

    public Builder facets(Set<String> facets) {
      this.facets = facets;
      return this;
    }

    public Builder facetSize(int facetSize) {
      this.facetSize = facetSize;
      return this;
    }

    public Builder cursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    public Builder facetFilter(FacetValueFilter facetFilter) {
      this.facetFilter = facetFilter;
      return this;
    }

    public Builder dateInterval(DateInterval dateInterval) {
      this.dateInterval = dateInterval;
      return this;
    }

    public Builder correct(boolean correct) {
      this.correct = correct;
      return this;
    }

    public Builder copies(CopyView copies) {
      this.copies = copies;
      return this;
    }

    public SearchRequest build() {
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
          copies);
    }
  }
}
