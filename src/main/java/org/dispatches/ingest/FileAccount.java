package org.dispatches.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * What happened to one input file: its format, header and column mapping, records read, indexed
 * and skipped by reason, and warnings for what looks wrong. Filled on the reading thread;
 * downstream stages (duplicates, extraction failures, writes) add to it from workers.
 */
public final class FileAccount {
  /** Below this many records, per-row statistics say too little to warn about. */
  static final int MIN_RECORDS_FOR_STATS = 20;
  /** A share of distinct outlet values at or above this is one value per row, not an outlet. */
  static final double DISTINCT_OUTLET_SHARE = 0.9;

  private final String file;
  private String format = "";
  private ColumnMapping mapping;
  private boolean hasHeader = true;
  private String fileSkipped;
  private long read;
  private final AtomicLong indexed = new AtomicLong();
  private final Map<String, Long> skipped = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();
  // statistics over the reports read, for the end-of-file warnings
  private long accepted;
  private long outletGiven;
  private final Set<String> outlets = new HashSet<>();
  private long dateGiven;
  private long dateUnparsed;
  private String firstBadDate;
  private long bodyMissing;
  private long totalChars;
  private long largestChars;
  private long largestLine;

  public FileAccount(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  void shape(String format, ColumnMapping mapping, boolean hasHeader) {
    this.format = format;
    this.mapping = mapping;
    this.hasHeader = hasHeader;
  }

  void format(String format) {
    this.format = format;
  }

  void warn(String warning) {
    if (!warnings.contains(warning)) warnings.add(warning);
  }

  /** The whole file was left out, with the reason. */
  void skipFile(String reason) {
    fileSkipped = reason;
  }

  void read(RawReport report) {
    read++;
    accepted++;
    if (report.outlet() != null) {
      outletGiven++;
      if (outlets.size() < 1_000_000) outlets.add(report.outlet());
    }
    if (report.date() != null) dateGiven++;
    if (report.body() == null) bodyMissing++;
    long chars = length(report.title()) + length(report.body());
    totalChars += chars;
    if (chars > largestChars) {
      largestChars = chars;
      largestLine = report.location().line();
    }
  }

  /** A date value that did not parse, seen while reading. */
  void badDate(String value) {
    dateUnparsed++;
    if (firstBadDate == null) firstBadDate = value;
  }

  /** A record skipped, on the reading thread or downstream. */
  public synchronized void skip(String kind) {
    skipped.merge(kind, 1L, Long::sum);
  }

  void countRead() {
    read++;
  }

  /** A report written to the index. */
  public void indexed() {
    indexed.incrementAndGet();
  }

  /** Adds the warnings that need the whole file: run once reading is done. */
  void finish(Predicate<String> isDate) {
    if (mapping != null
        && mapping.feeds(InputField.OUTLET)
        && outletGiven >= MIN_RECORDS_FOR_STATS
        && outlets.size() >= DISTINCT_OUTLET_SHARE * outletGiven) {
      warn(String.format(
          Locale.ROOT,
          "outlet column \"%s\" has a distinct value in %,d of %,d rows: not an outlet?"
              + " (--field outlet= ignores it)",
          columnName(InputField.OUTLET),
          outlets.size(),
          outletGiven));
    }
    if (dateUnparsed > 0) {
      String where =
          mapping == null ? "date" : "date column \"" + columnName(InputField.DATE) + "\"";
      warn(String.format(
          Locale.ROOT,
          "%s: %,d of %,d values are not dates (first: \"%s\"); those reports"
              + " get a date from their text or none",
          where,
          dateUnparsed,
          dateGiven,
          firstBadDate));
    }
    if (mapping != null
        && mapping.feeds(InputField.BODY)
        && accepted >= 1
        && bodyMissing * 2 > accepted) {
      warn(String.format(
          Locale.ROOT,
          "body column \"%s\" is empty in %,d of %,d reports",
          columnName(InputField.BODY),
          bodyMissing,
          accepted));
    }
    if (accepted >= 3 && largestChars * 2 > totalChars && !format.startsWith("plain")) {
      warn(String.format(
          Locale.ROOT,
          "one record (line %,d) holds %d%% of the file's text: a runaway quote or a"
              + " misread format?",
          largestLine,
          largestChars * 100 / Math.max(1, totalChars)));
    }
  }

  private String columnName(InputField field) {
    int c = mapping == null ? -1 : mapping.column(field);
    return c < 0 ? field.key() : mapping.columns().get(c);
  }

  private static long length(String s) {
    return s == null ? 0 : s.length();
  }

  public String format() {
    return format;
  }

  public boolean hasHeader() {
    return hasHeader;
  }

  /** The column mapping, or null for formats without columns. */
  public ColumnMapping mapping() {
    return mapping;
  }

  /** Why the whole file was left out, or null when it was read. */
  public String fileSkipped() {
    return fileSkipped;
  }

  public long recordsRead() {
    return read;
  }

  public long recordsIndexed() {
    return indexed.get();
  }

  public synchronized Map<String, Long> skippedByReason() {
    return Map.copyOf(skipped);
  }

  public synchronized long recordsSkipped() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  public List<String> warnings() {
    return List.copyOf(warnings);
  }
}
