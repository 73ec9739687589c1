package org.dispatches.server;

/**
 * One CSV cell as RFC 4180 writes it, safe to open in a spreadsheet: a value a spreadsheet would
 * run as a formula (a leading {@code = + - @}, tab or carriage return) gets a leading apostrophe,
 * the OWASP advice, so Excel, LibreOffice and Google Sheets show it as text.
 */
public final class CsvCells {
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private CsvCells() {}

  /** The cell for {@code value}; null is an empty cell. */
  public static String cell(String value) {
    if (value == null) return "";
    String v = value;
    if (!v.isEmpty() && FORMULA_STARTS.indexOf(v.charAt(0)) >= 0) v = "'" + v;
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  /** A row of cells ended by CRLF, as RFC 4180 has it. */
  public static String row(String... values) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) b.append(',');
      b.append(cell(values[i]));
    }
    return b.append("\r\n").toString();
  }
}
