package org.dispatches.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchRequest;
import org.dispatches.claims.Claim;
import org.dispatches.claims.ClaimCsv;
import org.dispatches.claims.ClaimFilter;
import org.dispatches.claims.Claims;
import org.dispatches.claims.Comparison;
import org.dispatches.claims.ReferenceSeries;
import org.dispatches.claims.SeriesStore;
import org.dispatches.server.CsvCells;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dispatches claims}: every stated figure of the matching reports, in date order, optionally against a series. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description =
        "List the figures the matching reports state, oldest first, optionally checked against a reference series.")
final class ClaimsCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..1",
      description = "Query (the query language of the API); empty takes every report")
  String query = "";

  @Option(
      names = "--kind",
      description = "Figure kind: killed, wounded, hostages, ... (default: every kind)")
  String kind;

  @Option(
      names = "--attribution",
      description = "Only figures attributed to this source (canonical or as written; repeatable)")
  List<String> attributions = new ArrayList<>();

  @Option(
      names = "--claim",
      description =
          "Claim types: stated (default), projected, proposed, combined or all (repeatable)")
  List<String> claimTypes = new ArrayList<>();

  @Option(names = "--outlet", description = "Only these outlets (repeatable)")
  List<String> outlets = new ArrayList<>();

  @Option(names = "--from", description = "Published on or after (ISO date)")
  LocalDate from;

  @Option(names = "--to", description = "Published on or before (ISO date)")
  LocalDate to;

  @Option(
      names = "--series",
      description =
          "Compare cumulative claims with this reference series (see: dispatches series add)")
  String series;

  @Option(names = "--csv", description = "Print every claim as CSV")
  boolean csv;

  @Option(
      names = "--index",
      description = "Index folder (default: index/); its series/ folder holds the series")
  Path index;

  @Mixin
  BackendOptions backend = new BackendOptions();

  @Override
  public Integer call() throws Exception {
    Path indexDir = index == null ? Locations.defaultIndex() : index;
    ReferenceSeries reference = series == null
        ? null
        : SeriesStore.beside(indexDir)
            .load(series)
            .orElseThrow(() -> new IllegalArgumentException(
                "no series \"" + series + "\" in " + indexDir.resolve("series")
                    + "; add one with: dispatches series add " + series + " FILE"));
    SearchRequest request = SearchRequest.builder()
        .query(query)
        .outlets(outlets)
        .from(from)
        .to(to)
        .facets(Set.of())
        .build();
    ClaimFilter filter = new ClaimFilter(kind, attributions, Set.copyOf(claimTypes));
    if (backend.openSearch()) {
      run(backend.connect(), request, filter, reference);
    } else {
      try (OpenIndex open = OpenIndex.open(indexDir)) {
        run(open.service(), request, filter, reference);
      }
    }
    return 0;
  }

  private void run(
      SearchBackend engine, SearchRequest request, ClaimFilter filter, ReferenceSeries reference)
      throws Exception {
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    Comparison comparison = new Comparison();
    List<Claim> furthest = new ArrayList<>();
    if (csv) out.write(CsvCells.row(ClaimCsv.HEADER));
    Claims.Counts counts = new Claims(engine).forEach(request, filter, reference, c -> {
      comparison.add(c);
      if (c.reference() != null) furthest.add(c);
      if (csv) out.write(CsvCells.row(ClaimCsv.cells(c)));
      else
        out.printf(
            "%s  %-22.22s %,12d %-6s %-10.10s %-28.28s%s%n",
            c.date() == null ? "undated   " : c.date(),
            nz(c.outlet()),
            c.value(),
            c.kind(),
            nz(c.qualifier()),
            nz(c.source()),
            gap(c));
    });
    out.flush();
    if (csv) return;
    System.out.printf("%n%,d claims in %,d reports%n", counts.claims(), counts.reports());
    if (reference == null) return;
    System.out.printf(
        "%,d cumulative claims compared with %s (the report's date or up to %d days before): %,d (%.1f%%) within %.0f%%%n",
        comparison.compared(),
        reference.name(),
        ReferenceSeries.LAG_DAYS,
        comparison.within(),
        100 * comparison.share(),
        100 * Comparison.TOLERANCE);
    System.out.printf(
        "%,d (%.1f%%) hold when read with their qualifier (\"more than 20,000\" under the series holds)%n",
        comparison.holding(),
        comparison.compared() == 0 ? 0 : 100.0 * comparison.holding() / comparison.compared());
    furthest.sort(
        Comparator.comparingDouble((Claim c) -> -Math.abs(c.reference().gap())));
    System.out.println("\nFurthest from the series:");
    for (Claim c : furthest.subList(0, Math.min(10, furthest.size()))) {
      System.out.printf(
          "%s %s %s%,d vs %,d (%+.1f%%%s): %s%n",
          c.date(),
          nz(c.outlet()),
          c.qualifier() == null ? "" : c.qualifier() + " ",
          c.value(),
          c.reference().value(),
          100 * c.reference().gap(),
          c.reference().holds() ? ", holds" : "",
          c.sentence());
    }
  }

  private static String gap(Claim c) {
    return c.reference() == null
        ? ""
        : String.format(
            "  %+.1f%% vs %,d", 100 * c.reference().gap(), c.reference().value());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
