package org.dispatches.claims;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes claims as CSV rows, one per claim, under one header (the API's {@code format=csv} and the CLI's {@code --csv}). */
public final class ClaimCsv {
  public static final String HEADER = "date,outlet,kind,value,qualifier,claim,source,attribution,subject,cumulative,"
      + "reference_date,reference,gap,holds,report,title,sentence";
  private final Writer out;

  public ClaimCsv(Writer out) {
    this.out = out;
  }

  public void header() throws IOException {
    out.write(HEADER + "\n");
  }

  public void row(Claim c) throws IOException {
    Reference r = c.reference();
    out.write(String.join(",", cell(c.date()), cell(c.outlet()), cell(c.kind()), Long.toString(c.value()),
        cell(c.qualifier()), cell(c.claim()), cell(c.source()), cell(c.attribution()), cell(c.subject()),
        Boolean.toString(c.cumulative()), r == null ? "" : r.date(), r == null ? "" : Long.toString(r.value()),
        r == null ? "" : String.format(Locale.ROOT, "%.4f", r.gap()), r == null ? "" : Boolean.toString(r.holds()), cell(c.report()), cell(c.title()),
        cell(c.sentence())));
    out.write("\n");
  }

  /** RFC 4180 quoting; a leading formula character is defused so spreadsheets do not run it. */
  static String cell(String value) {
    if (value == null) return "";
    String v = value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) v = "'" + v;
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
