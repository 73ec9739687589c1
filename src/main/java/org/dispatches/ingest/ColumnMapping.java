package org.dispatches.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Which column of a table (or key of a JSON object) feeds which field: the user's
 * {@link FieldChoices} first, then each field's best-ranked common name. Every other column is
 * ignored, and the account says so.
 */
public final class ColumnMapping {
  private final List<String> columns;
  private final InputField[] fieldOf;

  private ColumnMapping(List<String> columns, InputField[] fieldOf) {
    this.columns = List.copyOf(columns);
    this.fieldOf = fieldOf;
  }

  /** The mapping of a header (or of column positions, for a file without one). */
  public static ColumnMapping of(List<String> header, FieldChoices choices) {
    InputField[] fieldOf = new InputField[header.size()];
    for (InputField field : InputField.values()) {
      if (!choices.chosen(field)) continue;
      int col = find(header, choices.column(field));
      if (col >= 0) fieldOf[col] = field;
    }
    for (InputField field : InputField.values()) {
      if (choices.chosen(field)
          && (choices.column(field).isEmpty() || find(header, choices.column(field)) >= 0))
        continue;
      if (Arrays.asList(fieldOf).contains(field)) continue;
      int best = -1;
      int bestRank = Integer.MAX_VALUE;
      for (int i = 0; i < header.size(); i++) {
        int rank = field.rank(header.get(i));
        if (fieldOf[i] == null && rank >= 0 && rank < bestRank) {
          best = i;
          bestRank = rank;
        }
      }
      if (best >= 0) fieldOf[best] = field;
    }
    return new ColumnMapping(header, fieldOf);
  }

  /** A mapping with the given fields for positions, as guessed for a file with no header. */
  static ColumnMapping positional(List<String> names, InputField[] fields) {
    return new ColumnMapping(names, fields.clone());
  }

  /** The column named {@code wanted} (by name, or 1-based number), or -1. */
  private static int find(List<String> header, String wanted) {
    if (wanted == null || wanted.isEmpty()) return -1;
    for (int i = 0; i < header.size(); i++)
      if (header.get(i).strip().equalsIgnoreCase(wanted)) return i;
    for (int i = 0; i < header.size(); i++) {
      if (InputField.normalize(header.get(i)).equals(InputField.normalize(wanted))) return i;
    }
    if (wanted.chars().allMatch(Character::isDigit) && wanted.length() < 5) {
      int n = Integer.parseInt(wanted);
      if (n >= 1 && n <= header.size()) return n - 1;
    }
    return -1;
  }

  public int size() {
    return columns.size();
  }

  /** The field column {@code i} feeds, or null when it is ignored. */
  public InputField field(int i) {
    return i < fieldOf.length ? fieldOf[i] : null;
  }

  /** The column feeding {@code field}, or -1. */
  public int column(InputField field) {
    for (int i = 0; i < fieldOf.length; i++) if (fieldOf[i] == field) return i;
    return -1;
  }

  public boolean feeds(InputField field) {
    return column(field) >= 0;
  }

  /** The column names, as the header gave them. */
  public List<String> columns() {
    return columns;
  }

  /** This mapping without {@code field} (its column ignored from now on). */
  ColumnMapping without(InputField field) {
    InputField[] copy = fieldOf.clone();
    for (int i = 0; i < copy.length; i++) if (copy[i] == field) copy[i] = null;
    return new ColumnMapping(columns, copy);
  }

  /** Field to column, for the account: {@code title <- headline, body <- content; ignored: author}. */
  public String describe() {
    Map<InputField, String> fed = new EnumMap<>(InputField.class);
    List<String> ignored = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.get(i).isBlank() ? "(column " + (i + 1) + ", unnamed)" : columns.get(i);
      if (fieldOf[i] != null) fed.put(fieldOf[i], name);
      else ignored.add(name);
    }
    StringJoiner out = new StringJoiner(", ");
    fed.forEach((f, c) -> out.add(f.key() + " <- " + c));
    String s = fed.isEmpty() ? "none feeds a field" : out.toString();
    return ignored.isEmpty() ? s : s + "; ignored: " + String.join(", ", ignored);
  }
}
