package org.dispatches.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts claims per period and source as they stream past: count, min, median and max. Holds the
 * values of each group (a median needs them all): a long per claim, not the claims themselves.
 */
public final class ClaimSummary {
  /** The source name of claims whose figure has no attribution. */
  public static final String UNATTRIBUTED = "unattributed";

  private final Interval interval;
  private final Map<LocalDate, Map<String, Values>> groups = new TreeMap<>();
  private long undated;

  public ClaimSummary(Interval interval) {
    this.interval = interval;
  }

  public void add(Claim c) {
    if (c.date() == null) {
      undated++;
      return;
    }
    LocalDate period = interval.start(LocalDate.parse(c.date()));
    String source = c.source() == null || c.source().isBlank() ? UNATTRIBUTED : c.source();
    groups
        .computeIfAbsent(period, p -> new TreeMap<>())
        .computeIfAbsent(source, s -> new Values())
        .add(c.value());
  }

  public Interval interval() {
    return interval;
  }

  /** Claims from reports with no known date: in no period. */
  public long undated() {
    return undated;
  }

  /** One row per period and source, periods in time order, sources by name within a period. */
  public List<SummaryRow> rows() {
    List<SummaryRow> rows = new ArrayList<>();
    groups.forEach((period, bySource) ->
        bySource.forEach((source, v) -> rows.add(v.row(period.toString(), source))));
    return rows;
  }

  /** The values of one group, grown as needed. */
  private static final class Values {
    private long[] values = new long[4];
    private int n;

    void add(long v) {
      if (n == values.length) values = Arrays.copyOf(values, n * 2);
      values[n++] = v;
    }

    SummaryRow row(String period, String source) {
      long[] sorted = Arrays.copyOf(values, n);
      Arrays.sort(sorted);
      double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
      return new SummaryRow(period, source, n, sorted[0], median, sorted[n - 1]);
    }
  }
}
