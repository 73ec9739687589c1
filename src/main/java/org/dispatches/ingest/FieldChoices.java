package org.dispatches.ingest;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The columns a user names for fields ({@code --field NAME=COLUMN}): a column name, a 1-based
 * column number (for files without a header), or nothing to leave the field unfed. Fields not
 * named are mapped by their common names.
 */
public record FieldChoices(Map<InputField, String> columns) {
  public static final FieldChoices NONE = new FieldChoices(Map.of());

  public FieldChoices {
    Map<InputField, String> copy = new EnumMap<>(InputField.class);
    copy.putAll(columns);
    columns = Collections.unmodifiableMap(copy);
  }

  /**
   * Parses {@code NAME=COLUMN} arguments.
   *
   * @throws IllegalArgumentException naming what is wrong with an argument
   */
  public static FieldChoices parse(List<String> args) {
    Map<InputField, String> map = new EnumMap<>(InputField.class);
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq <= 0)
        throw new IllegalArgumentException(
            "--field takes NAME=COLUMN (or NAME= to ignore a column), not \"" + arg + "\"");
      InputField field = InputField.byName(arg.substring(0, eq));
      if (field == null) {
        throw new IllegalArgumentException(
            "--field " + arg + ": unknown field \"" + arg.substring(0, eq)
                + "\" (fields: id, title, body, date, outlet, url, language, author, html)");
      }
      map.put(field, arg.substring(eq + 1).strip());
    }
    return new FieldChoices(map);
  }

  /** Whether the user named a column (or none) for {@code field}. */
  boolean chosen(InputField field) {
    return columns.containsKey(field);
  }

  /** The column named for {@code field}; empty when the user asked to leave it unfed. */
  String column(InputField field) {
    return columns.get(field);
  }
}
