package org.dispatches.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;

/**
 * The columns of a table without a header, told apart by what they hold: links are the URL, dates
 * the date, the longest text the title (or the body, when it runs to paragraphs), and a shorter
 * text that repeats across rows the outlet. Null when no column holds text.
 */
final class HeaderlessColumns {
  /** A column is of a kind when at least this share of its non-empty cells are. */
  private static final double MOST = 0.8;
  /** Mean length above which the text column is a body, not a title. */
  private static final int BODY_LENGTH = 300;

  private final InputField[] fields;

  private HeaderlessColumns(InputField[] fields) {
    this.fields = fields;
  }

  /** Whether a first row is data rather than a header: a cell is a link or a date. */
  static boolean looksLikeData(List<String> cells, Predicate<String> isDate) {
    return cells.stream().anyMatch(c -> isUrl(c) || isDate.test(c));
  }

  static HeaderlessColumns guess(List<CsvReader.Row> rows, Predicate<String> isDate) {
    int n = rows.get(0).cells().size();
    InputField[] fields = new InputField[n];
    double[] meanLength = new double[n];
    double[] distinctShare = new double[n];
    for (int c = 0; c < n; c++) {
      int given = 0, urls = 0, dates = 0, texts = 0;
      long chars = 0;
      Set<String> distinct = new HashSet<>();
      for (CsvReader.Row row : rows) {
        if (row.cells().size() != n) continue;
        String v = row.cells().get(c).strip();
        if (v.isEmpty()) continue;
        given++;
        chars += v.length();
        distinct.add(v);
        if (isUrl(v)) urls++;
        else if (isDate.test(v) && v.length() <= 40) dates++;
        else if (v.codePoints().anyMatch(Character::isLetter)) texts++;
      }
      if (given == 0) continue;
      meanLength[c] = (double) chars / given;
      distinctShare[c] = (double) distinct.size() / given;
      if (urls >= MOST * given) fields[c] = InputField.URL;
      else if (dates >= MOST * given && !contains(fields, InputField.DATE))
        fields[c] = InputField.DATE;
      else if (texts >= MOST * given) fields[c] = InputField.TITLE; // provisional: a text column
    }
    List<Integer> texts = new ArrayList<>();
    for (int c = 0; c < n; c++) if (fields[c] == InputField.TITLE) texts.add(c);
    if (texts.isEmpty()) return null;
    int longest = texts.get(0);
    for (int c : texts) if (meanLength[c] > meanLength[longest]) longest = c;
    for (int c : texts) fields[c] = null;
    fields[longest] = meanLength[longest] > BODY_LENGTH ? InputField.BODY : InputField.TITLE;
    int outlet = -1;
    for (int c : texts) {
      if (c == longest
          || distinctShare[c] >= FileAccount.DISTINCT_OUTLET_SHARE
          || meanLength[c] > 80) continue;
      if (outlet < 0 || distinctShare[c] < distinctShare[outlet]) outlet = c;
    }
    if (outlet >= 0) fields[outlet] = InputField.OUTLET;
    return new HeaderlessColumns(fields);
  }

  private static boolean contains(InputField[] fields, InputField f) {
    for (InputField x : fields) if (x == f) return true;
    return false;
  }

  static boolean isUrl(String v) {
    String s = v.strip();
    return (s.startsWith("http://") || s.startsWith("https://") || s.startsWith("www."))
        && s.indexOf(' ') < 0;
  }

  /** The guessed mapping, with the user's numbered choices laid over it. */
  ColumnMapping mapping(FieldChoices choices) {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < fields.length; c++) names.add(String.valueOf(c + 1));
    InputField[] mapped = fields.clone();
    for (InputField f : InputField.values()) {
      if (!choices.chosen(f)) continue;
      for (int c = 0; c < mapped.length; c++) if (mapped[c] == f) mapped[c] = null;
      String col = choices.column(f);
      if (col.chars().allMatch(Character::isDigit) && !col.isEmpty()) {
        int c = Integer.parseInt(col) - 1;
        if (c >= 0 && c < mapped.length) mapped[c] = f;
      }
    }
    return ColumnMapping.positional(names, mapped);
  }

  /** "date (column 1), outlet (2), title (3), url (4)". */
  String describe() {
    StringJoiner out = new StringJoiner(", ");
    for (int c = 0; c < fields.length; c++)
      out.add((fields[c] == null ? "ignored" : fields[c].key()) + " (" + (c + 1) + ")");
    return out.toString();
  }
}
