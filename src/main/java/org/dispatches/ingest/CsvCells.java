package org.dispatches.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of one CSV record (RFC 4180: quoted fields, doubled quotes, newlines inside quotes),
 * fed line by line; {@link #feed} says when the record is complete. The one CSV cell parser: the
 * corpus reader ({@link CsvReader}) and the extraction evaluations' tables use it.
 */
public final class CsvCells {
  private final char delimiter;
  /** Whether a cell may be quoted: CSV yes; TSV no, where a quote is text. */
  private final boolean quoting;

  private final List<String> cells = new ArrayList<>();
  private final StringBuilder cell = new StringBuilder();
  private boolean inQuotes;

  /** Cells of a CSV record (quoted cells allowed) split at {@code delimiter}. */
  public CsvCells(char delimiter) {
    this(delimiter, true);
  }

  public CsvCells(char delimiter, boolean quoting) {
    this.delimiter = delimiter;
    this.quoting = quoting;
  }

  /** Feeds one line; true when the record ends with it. */
  public boolean feed(String line) {
    if (inQuotes) cell.append('\n');
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (inQuotes) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            inQuotes = false;
          }
        } else {
          cell.append(c);
        }
      } else if (quoting && c == '"' && cell.isEmpty()) {
        inQuotes = true;
      } else if (c == delimiter) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (inQuotes) return false;
    cells.add(cell.toString());
    return true;
  }

  public List<String> cells() {
    return cells;
  }
}
