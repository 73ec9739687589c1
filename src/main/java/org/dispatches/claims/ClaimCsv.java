package org.dispatches.claims;

import java.util.Locale;

/**
 * A claim as a CSV row's cells, under one header: the API's {@code format=csv} and the CLI's
 * {@code --csv} write them with the export's cell rules ({@code server.CsvCells}).
 */
public final class ClaimCsv {
  public static final String[] HEADER = {"date", "outlet", "kind", "value", "qualifier", "claim", "source", "attribution",
      "subject", "cumulative", "reference_date", "reference", "gap", "holds", "report", "title", "sentence"};

  private ClaimCsv() {}

  /** The cells of {@code c}, in {@link #HEADER}'s order; empty reference cells when it was not compared. */
  public static String[] cells(Claim c) {
    Reference r = c.reference();
    return new String[] {c.date(), c.outlet(), c.kind(), Long.toString(c.value()), c.qualifier(), c.claim(), c.source(),
        c.attribution(), c.subject(), Boolean.toString(c.cumulative()), r == null ? null : r.date(),
        r == null ? null : Long.toString(r.value()), r == null ? null : String.format(Locale.ROOT, "%.4f", r.gap()),
        r == null ? null : Boolean.toString(r.holds()), c.report(), c.title(), c.sentence()};
  }
}
