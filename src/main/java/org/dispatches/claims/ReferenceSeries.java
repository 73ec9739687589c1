package org.dispatches.claims;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A reference series: one value per day (an official cumulative toll), to hold claims against.
 *
 * @param name the name it is stored and asked for by ({@code gaza})
 * @param kind the figure kind it counts ({@code killed})
 * @param column the column its values were read from, for the record
 * @param values the value of each day that has one; days without a value are absent, not zero
 */
public record ReferenceSeries(
    String name, String kind, String column, NavigableMap<LocalDate, Long> values) {
  /** How many days before a report's date its figure may come from: reports lag the source by a day or more. */
  public static final int LAG_DAYS = 3;

  public ReferenceSeries {
    values = Collections.unmodifiableNavigableMap(new TreeMap<>(values));
  }

  /**
   * The reference for a cumulative claim of {@code value} (with its {@code qualifier}) stated on {@code date}: of the series' values
   * on that day and the {@link #LAG_DAYS} days before it, the one nearest the claim; null when none of
   * those days has a value.
   */
  public Reference compare(LocalDate date, long value, String qualifier) {
    Map.Entry<LocalDate, Long> best = null;
    for (int back = 0; back <= LAG_DAYS; back++) {
      LocalDate day = date.minusDays(back);
      Long v = values.get(day);
      if (v == null || v <= 0) continue;
      if (best == null || Math.abs(value - v) < Math.abs(value - best.getValue()))
        best = Map.entry(day, v);
    }
    if (best == null) return null;
    double gap = (value - best.getValue()) / (double) best.getValue();
    return new Reference(
        name,
        best.getKey().toString(),
        best.getValue(),
        gap,
        Bound.of(qualifier).holds(gap, Comparison.TOLERANCE));
  }
}
