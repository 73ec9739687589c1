package org.dispatches.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks a table's first rows against its column mapping before any report is given out: a file
 * whose titles are all lower-case is derived data (labels, a normalised copy), not reports as
 * published; an outlet column with a distinct value per row names something else (a file, an
 * article) and is ignored. A column the user named with {@code --field} is taken as meant.
 */
final class SampleChecks {
  private final FieldChoices choices;

  SampleChecks(FieldChoices choices) {
    this.choices = choices;
  }

  /** Why the rows are not reports, or null when they may be. */
  String notReports(List<CsvReader.Row> rows, ColumnMapping mapping) {
    InputField textField = mapping.feeds(InputField.TITLE) ? InputField.TITLE : InputField.BODY;
    int col = mapping.column(textField);
    if (col < 0 || choices.chosen(textField) || rows.size() < FileAccount.MIN_RECORDS_FOR_STATS)
      return null;
    int withLetters = 0;
    for (CsvReader.Row row : rows) {
      if (row.cells().size() <= col) continue;
      String v = row.cells().get(col);
      if (v.codePoints().anyMatch(Character::isUpperCase)) return null;
      if (v.codePoints().anyMatch(Character::isLetter)) withLetters++;
    }
    if (withLetters < FileAccount.MIN_RECORDS_FOR_STATS) return null;
    return "every " + textField.key() + " in column \"" + mapping.columns().get(col)
        + "\" is lower-case, as in labels or derived data, not reports as published (--field "
        + textField.key() + "=" + mapping.columns().get(col) + " reads it anyway)";
  }

  /** The mapping without columns the rows show to be something else, each dropped with a warning. */
  ColumnMapping correct(List<CsvReader.Row> rows, ColumnMapping mapping, Consumer<String> warn) {
    int col = mapping.column(InputField.OUTLET);
    if (col < 0 || choices.chosen(InputField.OUTLET)) return mapping;
    Set<String> distinct = new HashSet<>();
    int given = 0;
    int fileNames = 0;
    int sameAsTitle = 0;
    int titleCol = mapping.column(InputField.TITLE);
    for (CsvReader.Row row : rows) {
      if (row.cells().size() <= col) continue;
      String v = row.cells().get(col).strip();
      if (v.isEmpty() || RecordBuilder.isNullWord(v)) continue;
      given++;
      distinct.add(v);
      if (looksLikeFileName(v)) fileNames++;
      if (titleCol >= 0
          && titleCol < row.cells().size()
          && row.cells().get(titleCol).strip().equals(v)) sameAsTitle++;
    }
    if (given < FileAccount.MIN_RECORDS_FOR_STATS) return mapping;
    String name = mapping.columns().get(col);
    String why = null;
    if (fileNames * 2 > given) why = "names files";
    else if (sameAsTitle * 2 > given) why = "repeats the title";
    else if (distinct.size() >= FileAccount.DISTINCT_OUTLET_SHARE * given) {
      why = String.format(
          Locale.ROOT, "has a distinct value in %d of the first %d rows", distinct.size(), given);
    }
    if (why == null) return mapping;
    warn.accept("column \"" + name + "\" " + why + ": not an outlet, ignored (--field outlet="
        + name + " uses it anyway)");
    return mapping.without(InputField.OUTLET);
  }

  /** "report_12.docx", "Files(Nov_Dec)_doclist": an extension, or underscores where a headline has spaces. */
  static boolean looksLikeFileName(String v) {
    if (v.matches("(?i).+\\.(docx?|pdf|txt|html?|xml|json|csv|rtf|odt)")) return true;
    long underscores = v.chars().filter(c -> c == '_').count();
    return underscores >= 2 || underscores == 1 && v.indexOf(' ') < 0;
  }
}
