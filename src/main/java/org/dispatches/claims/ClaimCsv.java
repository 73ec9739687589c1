package org.dispatches.claims;

import java.util.Locale;

/**
 * A claim as a CSV row's cells, under one header: the API's {@code format=csv} and the CLI's
 * {@code --csv} write them with the export's cell rules ({@code server.CsvCells}). The comparison is
 * the ratio claim / reference (0.9880 is 1.2% under), not the signed gap: the export's rules defuse
 * any cell starting with '-', which would turn a negative gap into text in a spreadsheet.
 */
public final class ClaimCsv {
  public static final String[] HEADER = {
    "date",
    "outlet",
    "kind",
    "value",
    "qualifier",
    "claim",
    "source",
    "attribution",
    "subject",
    "cumulative",
    "reference_date",
    "reference",
    "ratio",
    "holds",
    "report",
    "title",
    "sentence"
  };

  private ClaimCsv() {}

  /** The cells of {@code c}, in {@link #HEADER}'s order; empty reference cells when it was not compared. */
  public static String[] cells(Claim c) {
    Reference r = c.reference();
    return new String[] {
      c.date(),
      c.outlet(),
      c.kind(),
      Long.toString(c.value()),
      c.qualifier(),
      c.claim(),
      c.source(),
      c.attribution(),
      c.subject(),
      Boolean.toString(c.cumulative()),
      r == null ? null : r.date(),
      r == null ? null : Long.toString(r.value()),
      r == null ? null : String.format(Locale.ROOT, "%.4f", 1 + r.gap()),
      r == null ? null : Boolean.toString(r.holds()),
      c.report(),
      c.title(),
      c.sentence()
    };
  }
}
