package org.dispatches.claims;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Reads a reference series from a file: CSV (a header, then a date and a value per row) or JSON (an
 * array of objects, such as the techforpalestine daily files). A row without a value is a day
 * without one (those files leave a key out when nothing was reported); a value that is not a
 * number, a bad date or a repeated date is an error naming the row.
 */
public final class SeriesReader {
  /** Date columns tried, in order, when none is named. */
  static final List<String> DATE_COLUMNS = List.of("date", "report_date", "day");

  private final String dateColumn;
  private final String valueColumn;

  /**
   * @param dateColumn the date column, or null to take the first of {@link #DATE_COLUMNS} present
   * @param valueColumn the value column; null for a CSV with exactly two columns (the one that is not
   *     the date); required for JSON
   */
  public SeriesReader(String dateColumn, String valueColumn) {
    this.dateColumn = blankToNull(dateColumn);
    this.valueColumn = blankToNull(valueColumn);
  }

  public ReferenceSeries read(Path file, String name, String kind)
      throws IOException, SeriesFormatException {
    if (!Files.isRegularFile(file)) throw new SeriesFormatException("no file " + file);
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) return json(file, name, kind);
    if (lower.endsWith(".csv")) return csv(file, name, kind);
    throw new SeriesFormatException(file + ": a series is a .csv or .json file");
  }

  private ReferenceSeries json(Path file, String name, String kind)
      throws IOException, SeriesFormatException {
    if (valueColumn == null) {
      throw new SeriesFormatException(
          file + ": name the column that holds the values (--column, e.g. killed_cum)");
    }
    JsonElement root;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = JsonParser.parseReader(r);
    } catch (JsonParseException e) {
      throw new SeriesFormatException(file + ": not valid JSON (" + e.getMessage() + ")");
    }
    if (!root.isJsonArray())
      throw new SeriesFormatException(file + ": expected an array of objects, one per day");
    JsonArray rows = root.getAsJsonArray();
    TreeMap<LocalDate, Long> values = new TreeMap<>();
    String dates = null;
    boolean columnSeen = false;
    for (int i = 0; i < rows.size(); i++) {
      String where = file + ": row " + (i + 1);
      if (!rows.get(i).isJsonObject()) throw new SeriesFormatException(where + " is not an object");
      JsonObject row = rows.get(i).getAsJsonObject();
      if (dates == null) dates = dateColumn(row.keySet(), where);
      JsonElement d = row.get(dates);
      if (d == null || !d.isJsonPrimitive())
        throw new SeriesFormatException(where + " has no " + dates);
      JsonElement v = row.get(valueColumn);
      if (v == null || v.isJsonNull()) continue;
      columnSeen = true;
      if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
        throw new SeriesFormatException(where + ": " + valueColumn + " is not a number: " + v);
      }
      put(values, date(d.getAsString(), where), v.getAsDouble(), where);
    }
    if (!columnSeen)
      throw new SeriesFormatException(
          file + ": no row has a value in column \"" + valueColumn + "\"");
    return new ReferenceSeries(name, kind, valueColumn, values);
  }

  private ReferenceSeries csv(Path file, String name, String kind)
      throws IOException, SeriesFormatException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) throw new SeriesFormatException(file + " is empty");
    List<String> header = cells(lines.get(0).replace("\uFEFF", ""));
    List<String> lowerHeader =
        header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    String dates = dateColumn(lowerHeader, file + ": header");
    int dateAt = lowerHeader.indexOf(dates);
    int valueAt;
    if (valueColumn != null) {
      valueAt = lowerHeader.indexOf(valueColumn.toLowerCase(Locale.ROOT));
      if (valueAt < 0)
        throw new SeriesFormatException(
            file + ": no column \"" + valueColumn + "\" in the header " + header);
    } else if (header.size() == 2) {
      valueAt = 1 - dateAt;
    } else {
      throw new SeriesFormatException(file + ": the header has " + header.size()
          + " columns; name the one with the values (--column)");
    }
    TreeMap<LocalDate, Long> values = new TreeMap<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) continue;
      String where = file + ": line " + (i + 1);
      List<String> row = cells(lines.get(i));
      if (row.size() != header.size()) {
        throw new SeriesFormatException(
            where + " has " + row.size() + " cells; the header has " + header.size());
      }
      String v = row.get(valueAt).strip().replace(",", "");
      if (v.isEmpty()) continue;
      double number;
      try {
        number = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new SeriesFormatException(where + ": \"" + row.get(valueAt) + "\" is not a number");
      }
      put(values, date(row.get(dateAt).strip(), where), number, where);
    }
    if (values.isEmpty()) throw new SeriesFormatException(file + ": no row has a value");
    return new ReferenceSeries(name, kind, lowerHeader.get(valueAt), values);
  }

  private String dateColumn(Iterable<String> columns, String where) throws SeriesFormatException {
    List<String> names = new ArrayList<>();
    columns.forEach(names::add);
    if (dateColumn != null) {
      for (String n : names) if (n.equalsIgnoreCase(dateColumn)) return n;
      throw new SeriesFormatException(where + " has no date column \"" + dateColumn + "\"");
    }
    for (String c : DATE_COLUMNS) if (names.contains(c)) return c;
    throw new SeriesFormatException(
        where + " has none of the date columns " + DATE_COLUMNS + " (name it with --date-column)");
  }

  private static void put(TreeMap<LocalDate, Long> values, LocalDate day, double v, String where)
      throws SeriesFormatException {
    if (v < 0 || v != Math.rint(v) || v > Long.MAX_VALUE) {
      throw new SeriesFormatException(where + ": " + v + " is not a whole count");
    }
    if (values.put(day, (long) v) != null)
      throw new SeriesFormatException(where + ": " + day + " appears twice");
  }

  private static LocalDate date(String text, String where) throws SeriesFormatException {
    try {
      return LocalDate.parse(
          text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new SeriesFormatException(where + ": \"" + text + "\" is not an ISO date (2024-02-29)");
    }
  }

  /** One CSV line's cells: RFC 4180 quotes within the line (a series has no multi-line cells). */
  static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
