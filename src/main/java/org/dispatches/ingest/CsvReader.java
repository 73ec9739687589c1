package org.dispatches.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of reports: CSV (RFC 4180: quoted fields, doubled quotes, newlines inside quotes) or TSV
 * (no quoting: a tab ends a cell, a line ends a row; a cell wholly wrapped in quotes with doubled
 * quotes inside, as spreadsheets write it, is unwrapped). Hand-written rather than a library so
 * that an unbalanced CSV quote costs one record, not the rest of the file: when a quoted field
 * runs past {@link #MAX_RECORD_LINES} lines or the end of input, the record's first line is
 * reported and parsing restarts on the line after it.
 *
 * <p>The columns are mapped by {@link ColumnMapping}; a file with no header has its columns told
 * apart by content ({@link HeaderlessColumns}). The first {@link #SAMPLE} rows are held back and
 * checked ({@link SampleChecks}) before any is given out, so that a mapping found wrong (an
 * outlet column with a distinct value per row) is never applied to a single report.
 */
public final class CsvReader implements ReportReader {
  static final int MAX_RECORD_LINES = 2_000;
  static final int SAMPLE = 500;
  private static final Pattern QUOTED_CELL = Pattern.compile("\"(?:[^\"]|\"\")*\"");
  private final char delimiter;
  private final ReadOptions options;

  public CsvReader(char delimiter) {
    this(delimiter, ReadOptions.defaults());
  }

  public CsvReader(char delimiter, ReadOptions options) {
    this.delimiter = delimiter;
    this.options = options;
  }

  private boolean quoting() {
    return delimiter != '\t';
  }

  private String formatName() {
    return quoting() ? "CSV" : "TSV";
  }

  /** One row's cells and the line it starts on. */
  record Row(long line, List<String> cells) {}

  @Override
  public void read(LineSource lines, SourceFile file, ReportSink sink) throws IOException {
    RowSource rows = new RowSource(lines, file, sink);
    Row first = rows.next();
    if (first == null) {
      sink.shape(formatName(), null, true);
      return;
    }
    List<Row> sample = new ArrayList<>();
    ColumnMapping mapping = ColumnMapping.of(first.cells(), options.fields());
    boolean hasHeader = true;
    if (!feedsText(mapping)) {
      sample.add(first);
      rows.fill(sample, SAMPLE);
      HeaderlessColumns guess = HeaderlessColumns.guess(sample, options.isDate());
      if (guess == null || !HeaderlessColumns.looksLikeData(first.cells(), options.isDate())) {
        sink.shape(formatName(), mapping, true);
        sink.skip(new ReadProblem(
            file.displayName(),
            0,
            "not a report set: the header names no title or body" + " column ("
                + String.join(", ", first.cells())
                + "); name one with --field title=COLUMN or body=COLUMN"));
        return;
      }
      hasHeader = false;
      mapping = guess.mapping(options.fields());
      sink.warn("no header: columns read by their content as " + guess.describe()
          + " (name them with --field NAME=NUMBER if that is wrong)");
    } else {
      rows.fill(sample, SAMPLE);
    }
    SampleChecks checks = new SampleChecks(options.fields());
    String notReports = checks.notReports(sample, mapping);
    if (notReports != null) {
      sink.shape(formatName(), mapping, hasHeader);
      sink.skip(new ReadProblem(file.displayName(), 0, "not a report set: " + notReports));
      return;
    }
    mapping = checks.correct(sample, mapping, sink::warn);
    sink.shape(formatName(), mapping, hasHeader);
    for (Row row : sample) emit(row, mapping, file, sink);
    for (Row row; (row = rows.next()) != null; ) emit(row, mapping, file, sink);
  }

  private static boolean feedsText(ColumnMapping mapping) {
    return mapping.feeds(InputField.BODY)
        || mapping.feeds(InputField.TITLE)
        || mapping.feeds(InputField.HTML);
  }

  private static void emit(Row row, ColumnMapping mapping, SourceFile file, ReportSink sink) {
    List<String> cells = row.cells();
    if (cells.size() != mapping.size()) {
      sink.skip(new ReadProblem(
          file.displayName(),
          row.line(),
          "expected " + mapping.size() + " columns, found " + cells.size()));
      return;
    }
    RecordBuilder record = new RecordBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (mapping.field(i) != null) record.put(mapping.field(i), cells.get(i));
    }
    if (!record.hasText()) {
      sink.skip(new ReadProblem(file.displayName(), row.line(), record.missingTextReason()));
      return;
    }
    sink.accept(record.build(file.at(row.line())));
  }

  /** Rows parsed from lines, with bad records reported and the lines they swallowed replayed. */
  private final class RowSource {
    private final LineSource lines;
    private final SourceFile file;
    private final ReportSink sink;
    private final Deque<TextLine> replay = new ArrayDeque<>();
    private int columns = -1;

    RowSource(LineSource lines, SourceFile file, ReportSink sink) {
      this.lines = lines;
      this.file = file;
      this.sink = sink;
    }

    void fill(List<Row> into, int upTo) throws IOException {
      for (Row row; into.size() < upTo && (row = next()) != null; ) into.add(row);
    }

    /** The next row, or null at the end; blank lines (and lines of control characters) are passed over. */
    Row next() throws IOException {
      while (true) {
        List<TextLine> recordLines = new ArrayList<>();
        List<String> cells = null;
        CsvCells parser = new CsvCells(delimiter, quoting());
        TextLine line;
        while ((line = replay.isEmpty() ? lines.next() : replay.pollFirst()) != null) {
          if (recordLines.isEmpty() && isBlank(line.text()) && !line.tooLong()) continue;
          recordLines.add(line);
          if (line.tooLong()) break;
          if (parser.feed(line.text())) {
            cells = parser.cells();
            break;
          }
          if (recordLines.size() >= MAX_RECORD_LINES) break;
        }
        if (recordLines.isEmpty()) return null;
        TextLine first = recordLines.get(0);
        if (cells == null) {
          String why = recordLines.stream().anyMatch(TextLine::tooLong)
              ? "record longer than the limit"
              : "unbalanced quote: the quoted field never closes";
          sink.skip(new ReadProblem(file.displayName(), first.number(), why));
          // restart after the bad record's first line: the lines it swallowed may be good records
          for (int i = recordLines.size() - 1; i >= 1; i--) replay.addFirst(recordLines.get(i));
          continue;
        }
        if (columns >= 0 && cells.size() != columns && recordLines.size() > 1) {
          // a stray quote that closed lines later swallowed good rows: cost one row, replay the
          // rest
          sink.skip(new ReadProblem(
              file.displayName(),
              first.number(),
              "unbalanced quote: the quoted field spans " + recordLines.size()
                  + " lines and leaves " + cells.size() + " columns instead of " + columns));
          for (int i = recordLines.size() - 1; i >= 1; i--) replay.addFirst(recordLines.get(i));
          continue;
        }
        if (columns < 0) columns = cells.size();
        if (!quoting()) cells = unwrapQuotedCells(cells);
        return new Row(first.number(), cells);
      }
    }
  }

  /** A line with nothing but spaces and control characters (a DOS end-of-file mark, say). */
  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isISOControl(c)) return false;
    }
    return true;
  }

  private static List<String> unwrapQuotedCells(List<String> cells) {
    List<String> out = new ArrayList<>(cells.size());
    for (String c : cells) {
      out.add(
          c.length() >= 2 && QUOTED_CELL.matcher(c).matches()
              ? c.substring(1, c.length() - 1).replace("\"\"", "\"")
              : c);
    }
    return out;
  }
}
