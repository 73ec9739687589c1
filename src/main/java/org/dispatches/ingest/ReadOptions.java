package org.dispatches.ingest;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How files are read: the largest record, the columns the user named for fields, and the test
 * of whether a value is a date (the extraction layer's parser, which this package cannot see).
 */
public record ReadOptions(int maxLineBytes, FieldChoices fields, Predicate<String> isDate) {
  /** The largest line, and so the largest JSON Lines or CSV record, that is read. */
  public static final int DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;
  /** A rough test for when no parser is given: a four-digit year, or digits in a d-m-y shape. */
  private static final Pattern DATE_LIKE =
      Pattern.compile(".*\\b(1[89]\\d\\d|20\\d\\d)\\b.*|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b.*");

  public static ReadOptions defaults() {
    return new ReadOptions(
        DEFAULT_MAX_LINE_BYTES,
        FieldChoices.NONE,
        s -> DATE_LIKE.matcher(s.strip()).matches());
  }

  public ReadOptions withFields(FieldChoices fields) {
    return new ReadOptions(maxLineBytes, fields, isDate);
  }

  public ReadOptions withDateTest(Predicate<String> isDate) {
    return new ReadOptions(maxLineBytes, fields, isDate);
  }

  public ReadOptions withMaxLineBytes(int max) {
    return new ReadOptions(max, fields, isDate);
  }
}
