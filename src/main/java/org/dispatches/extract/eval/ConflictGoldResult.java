package org.dispatches.extract.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The conflict-extraction gold score: score.py's counters for all reports and per group ("gaza4",
 * "bbc", "fignews") with their report counts, the gold reports that had no extracted record, and one line per miss (missed or
 * false figure, bad attribution or qualifier, missed or false actor, wrong date or outlet).
 */
public record ConflictGoldResult(
    Map<String, GoldCounts> groups,
    Map<String, Integer> reportsPerGroup,
    List<String> missing,
    List<String> details) {

  public ConflictGoldResult {
    groups = Map.copyOf(groups);
    reportsPerGroup = Map.copyOf(reportsPerGroup);
    missing = List.copyOf(missing);
    details = List.copyOf(details);
  }

  /** The counters over every gold report. */
  public GoldCounts all() {
    return groups.get("all");
  }

  private static final List<Map.Entry<String, ToDoubleFunction<GoldCounts>>> ROWS = List.of(
      Map.entry("figure precision (distinct kind+value)", GoldCounts::figurePrecision),
      Map.entry("figure recall", GoldCounts::figureRecall),
      Map.entry("figure F1", GoldCounts::figureF1),
      Map.entry("figure precision (every chip)", GoldCounts::figureInstancePrecision),
      Map.entry("attribution, right source (lenient)", GoldCounts::attributionLenient),
      Map.entry("attribution, clean string", GoldCounts::attributionClean),
      Map.entry("  where the text names a source: right", GoldCounts::attributionNeededLenient),
      Map.entry("  where the text names a source: clean", GoldCounts::attributionNeededClean),
      Map.entry("qualifier accuracy", GoldCounts::qualifierAccuracy),
      Map.entry("actor precision", GoldCounts::actorPrecision),
      Map.entry("actor recall", GoldCounts::actorRecall),
      Map.entry("actor F1", GoldCounts::actorF1),
      Map.entry("date, stated in text: correct", GoldCounts::dateStatedAccuracy),
      Map.entry("date, not stated: left empty", GoldCounts::dateAbsentAccuracy),
      Map.entry("outlet, stated in text: correct", GoldCounts::outletStatedAccuracy),
      Map.entry("outlet, not stated: left empty", GoldCounts::outletAbsentAccuracy));

  /** The table score.py prints, with the same rows, columns and rounding. */
  public String table() {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-40s", "metric"));
    List<String> order = List.of("all", "gaza4", "bbc", "fignews").stream()
        .filter(groups::containsKey)
        .toList();
    for (String g : order)
      b.append(
          String.format(Locale.ROOT, "%14s", g + " (" + reportsPerGroup.getOrDefault(g, 0) + ")"));
    b.append('\n');
    for (var row : ROWS) {
      b.append(String.format(Locale.ROOT, "%-40s", row.getKey()));
      for (String g : order) {
        double v = row.getValue().applyAsDouble(groups.get(g));
        b.append(
            Double.isNaN(v)
                ? String.format(Locale.ROOT, "%14s", "nan")
                : String.format(Locale.ROOT, "%14.3f", v));
      }
      b.append('\n');
    }
    GoldCounts c = all();
    b.append("figures: ").append(c.figureCounts()).append('\n');
    b.append("attribution on matched chips: ").append(c.attributionCounts()).append('\n');
    b.append("actors: ").append(c.actorCounts()).append('\n');
    return b.toString();
  }
}
