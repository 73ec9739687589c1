package org.dispatches.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dispatches.api.BadRequestException;
import org.dispatches.api.CopyView;
import org.dispatches.api.DateInterval;
import org.dispatches.api.FacetValueFilter;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SortOrder;
import org.dispatches.extract.figures.FigureKind;
import org.dispatches.index.FieldCatalog;
import org.dispatches.search.Nearest;

/** Reads the search parameters of the HTTP API into a {@link SearchRequest}, with 400s for bad values. */
final class SearchParams {
  private SearchParams() {}

  /** The parameters of a search, in the order error messages list them. */
  static final List<String> KNOWN = List.of(
      "q",
      "outlet",
      "actor",
      "figure",
      "source",
      "from",
      "to",
      "sort",
      "page",
      "size",
      "facets",
      "facetSize",
      "facetFilter",
      "dateInterval",
      "cursor",
      "correct",
      "collapse",
      "count",
      "group");

  static SearchRequest parse(Map<String, Deque<String>> params) {
    return parse(params, List.of());
  }

  /** The search in {@code params}, which may also hold the route's own parameters {@code alsoKnown}. */
  static SearchRequest parse(Map<String, Deque<String>> params, List<String> alsoKnown) {
    requireKnown(params, alsoKnown);
    return SearchRequest.builder()
        .query(first(params, "q"))
        .outlets(all(params, "outlet"))
        .actors(all(params, "actor"))
        .figures(figures(all(params, "figure")))
        .sources(all(params, "source"))
        .from(date(params, "from"))
        .to(date(params, "to"))
        .sort(sort(first(params, "sort")))
        .page(integer(params, "page", 1))
        .size(integer(params, "size", SearchRequest.DEFAULT_SIZE))
        .facets(facets(first(params, "facets")))
        .facetSize(integer(params, "facetSize", SearchRequest.DEFAULT_FACET_SIZE))
        .cursor(first(params, "cursor"))
        .facetFilter(FacetValueFilter.of(first(params, "facetFilter")))
        .dateInterval(DateInterval.fromParam(first(params, "dateInterval")))
        .correct(bool(params, "correct", true))
        .copies(
            CopyView.of(first(params, "collapse"), first(params, "count"), first(params, "group")))
        .build();
  }

  /**
   * A parameter the API does not take is an error rather than ignored: {@code query=gaza} for
   * {@code q=gaza} would otherwise answer every report, as if the search had worked.
   */
  private static void requireKnown(Map<String, Deque<String>> params, List<String> alsoKnown) {
    List<String> known = new ArrayList<>(KNOWN);
    known.addAll(alsoKnown);
    for (String name : params.keySet()) {
      if (known.contains(name)) continue;
      throw new BadRequestException(
          "unknown_parameter",
          "there is no parameter \"" + name + "\"." + Nearest.hint(name, known) + " Parameters: "
              + String.join(", ", known) + ".");
    }
  }

  /** Figure kinds by their ids; an unknown kind is an error that lists the kinds. */
  private static List<String> figures(List<String> values) {
    List<String> ids = new ArrayList<>();
    List<String> known = new ArrayList<>();
    for (FigureKind k : FigureKind.values()) known.add(k.id());
    for (String v : values) {
      FigureKind kind = FigureKind.fromId(v);
      if (kind == null) {
        throw new BadRequestException(
            "bad_parameter",
            "there is no figure kind \"" + v + "\"." + Nearest.hint(v, known) + " Kinds: "
                + String.join(", ", known) + ".");
      }
      ids.add(kind.id());
    }
    return ids;
  }

  static String first(Map<String, Deque<String>> params, String name) {
    Deque<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  private static List<String> all(Map<String, Deque<String>> params, String name) {
    List<String> out = new ArrayList<>();
    Deque<String> values = params.get(name);
    if (values != null) for (String v : values) if (!v.isBlank()) out.add(v.strip());
    return out;
  }

  private static LocalDate date(Map<String, Deque<String>> params, String name) {
    String v = first(params, name);
    if (v == null || v.isBlank()) return null;
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          "bad_parameter", name + " must be an ISO date such as 2024-04-08; got \"" + v + "\"");
    }
  }

  static int integer(Map<String, Deque<String>> params, String name, int fallback) {
    String v = first(params, name);
    if (v == null || v.isBlank()) return fallback;
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(
          "bad_parameter", name + " must be a whole number; got \"" + v + "\"");
    }
  }

  private static boolean bool(Map<String, Deque<String>> params, String name, boolean fallback) {
    String v = first(params, name);
    if (v == null || v.isBlank()) return fallback;
    return switch (v.strip()) {
      case "true" -> true;
      case "false" -> false;
      default ->
        throw new BadRequestException(
            "bad_parameter", name + " must be true or false; got \"" + v + "\"");
    };
  }

  private static SortOrder sort(String v) {
    return v == null || v.isBlank() ? null : SortOrder.fromParam(v.strip());
  }

  /** Comma-separated dimensions; absent means all, "none" means none. */
  private static Set<String> facets(String v) {
    if (v == null || v.isBlank()) return Set.copyOf(FieldCatalog.FACET_DIMENSIONS);
    if (v.strip().equals("none")) return Set.of();
    Set<String> dims = new LinkedHashSet<>();
    for (String d : v.split(",")) {
      String dim = d.strip();
      if (dim.isEmpty()) continue;
      if (!FieldCatalog.FACET_DIMENSIONS.contains(dim)) {
        throw new BadRequestException(
            "bad_parameter",
            "unknown facet \"" + dim + "\"; facets are "
                + String.join(", ", FieldCatalog.FACET_DIMENSIONS) + " or none");
      }
      dims.add(dim);
    }
    return dims;
  }
}
