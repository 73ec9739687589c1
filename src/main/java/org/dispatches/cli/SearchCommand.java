package org.dispatches.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dispatches.api.FacetValue;
import org.dispatches.api.Hit;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SearchResponse;
import org.dispatches.api.SortOrder;
import org.dispatches.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dispatches search}: results and facets in the terminal, or the API's JSON. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search the index from the terminal.")
final class SearchCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..1",
      description = "Query (the query language of the API); empty lists everything")
  String query = "";

  @Option(names = "--index", description = "Index folder (default: index/)")
  Path index;

  @Option(names = "--outlet", description = "Only these outlets (repeatable)")
  List<String> outlets = new ArrayList<>();

  @Option(names = "--actor", description = "Only reports naming these actors (repeatable)")
  List<String> actors = new ArrayList<>();

  @Option(
      names = "--figure",
      description = "Only reports stating a figure of this kind (repeatable)")
  List<String> figures = new ArrayList<>();

  @Option(names = "--from", description = "Published on or after (ISO date)")
  LocalDate from;

  @Option(names = "--to", description = "Published on or before (ISO date)")
  LocalDate to;

  @Option(names = "--sort", description = "relevance, date or -date")
  String sort;

  @Option(names = "--size", description = "Results per page (default: ${DEFAULT-VALUE})")
  int size = SearchRequest.DEFAULT_SIZE;

  @Option(names = "--page", description = "Page, from 1 (default: ${DEFAULT-VALUE})")
  int page = 1;

  @Option(names = "--json", description = "Print the API's JSON")
  boolean json;

  @Mixin
  BackendOptions backend = new BackendOptions();

  @Override
  public Integer call() throws Exception {
    SearchRequest request = SearchRequest.builder()
        .query(query)
        .outlets(outlets)
        .actors(actors)
        .figures(figures)
        .from(from)
        .to(to)
        .sort(sort == null ? null : SortOrder.fromParam(sort))
        .page(page)
        .size(size)
        .build();
    if (backend.openSearch()) {
      if (index != null)
        throw new IllegalArgumentException(
            "--index is the embedded index; with --backend opensearch, name the cluster's with --opensearch-index");
      show(backend.connect(), request);
      return 0;
    }
    try (OpenIndex open = OpenIndex.open(index == null ? Locations.defaultIndex() : index)) {
      show(open.service(), request);
    }
    return 0;
  }

  private void show(SearchBackend engine, SearchRequest request) throws Exception {
    SearchResponse response = engine.search(request);
    if (json) System.out.println(Json.apiIndented().toJson(response));
    else print(response);
  }

  private static void print(SearchResponse r) {
    System.out.printf("%,d report%s (%d ms)%n%n", r.total(), r.total() == 1 ? "" : "s", r.tookMs());
    int n = (r.page() - 1) * r.size();
    for (Hit h : r.hits()) {
      System.out.printf(
          "%d. %s%n   %s · %s · %s%n",
          ++n, h.title(), nz(h.outlet(), "unknown outlet"), nz(h.date(), "undated"), h.id());
      if (!h.actors().isEmpty()) System.out.println("   actors: " + String.join(", ", h.actors()));
      if (!h.figures().isEmpty()) {
        System.out.println("   figures: "
            + String.join(
                ", ",
                h.figures().stream()
                    .map(f -> String.format("%,d %s", f.value(), f.kind()))
                    .toList()));
      }
      System.out.println("   " + TerminalText.fromSnippet(h.snippet()));
      System.out.println();
    }
    for (Map.Entry<String, List<FacetValue>> e : r.facets().entrySet()) {
      if (e.getValue().isEmpty()) continue;
      System.out.print(e.getKey() + ": ");
      System.out.println(String.join(
          ", ",
          e.getValue().stream()
              .limit(10)
              .map(v -> v.value() + " (" + v.count() + ")")
              .toList()));
    }
  }

  private static String nz(String s, String fallback) {
    return s == null || s.isBlank() ? fallback : s;
  }
}
