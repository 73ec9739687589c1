package org.dispatches.ingest;

/**
 * A record that could not be read or indexed: where it is and why, so the user can fix the input.
 *
 * @param line the 1-based line (or record number) the record starts on; 0 for the whole file
 * @param kind the reason without the record's particulars, for counting skips by reason
 */
public record ReadProblem(String file, long line, String reason, String kind) {
  /** The kind of a record skipped because an earlier record had its id: not an error in the input. */
  public static final String DUPLICATE = "duplicate id";

  public ReadProblem(String file, long line, String reason) {
    this(file, line, reason, kindOf(reason));
  }

  /** A later record with the id of an earlier one. */
  public static ReadProblem duplicate(String file, long line, String id, String firstSeenAt) {
    return new ReadProblem(
        file, line, "duplicate id " + id + " (first seen at " + firstSeenAt + ")", DUPLICATE);
  }

  public boolean isDuplicate() {
    return DUPLICATE.equals(kind);
  }

  /**
   * The reason without its particulars, to count skips by: the text before the first colon or
   * parenthesis, quotes dropped and numbers written N ("expected N columns, found N").
   */
  static String kindOf(String reason) {
    if (reason == null) return "";
    if (reason.startsWith("duplicate id")) return DUPLICATE;
    int end = reason.length();
    for (int i = 0; i < reason.length(); i++) {
      char c = reason.charAt(i);
      if (c == ':' || c == '(') {
        end = i;
        break;
      }
    }
    String k =
        reason.substring(0, end).replace("\"", "").replaceAll("\\d+", "N").strip();
    return k.isEmpty() ? reason : k;
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
