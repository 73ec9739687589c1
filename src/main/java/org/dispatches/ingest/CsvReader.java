package org.dispatches.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * CSV (RFC 4180: quoted fields, doubled quotes, newlines inside quotes) with a header row naming
 * the columns. Hand-written rather than a library so that an unbalanced quote costs one record,
 * not the rest of the file: when a quoted field runs past {@link #MAX_RECORD_LINES} lines or the
 * end of input, the record's first line is reported and parsing restarts on the line after it.
 */
public final class CsvReader implements ReportReader {
  static final int MAX_RECORD_LINES = 2_000;
  private final char delimiter;

  public CsvReader(char delimiter) {
    this.delimiter = delimiter;
  }

  @Override
  public void read(LineSource lines, SourceFile file, ReportSink sink) throws IOException {
    Deque<TextLine> replay = new ArrayDeque<>();
    List<InputField> header = null;
    while (true) {
      List<TextLine> recordLines = new ArrayList<>();
      List<String> cells = null;
      CsvCells parser = new CsvCells(delimiter);
      TextLine line;
      while ((line = replay.isEmpty() ? lines.next() : replay.pollFirst()) != null) {
        recordLines.add(line);
        if (line.tooLong()) break;
        if (parser.feed(line.text())) {
          cells = parser.cells();
          break;
        }
        if (recordLines.size() >= MAX_RECORD_LINES) break;
      }
      if (recordLines.isEmpty()) return;
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
      if (header == null) {
        header = headerOf(cells);
        if (!header.contains(InputField.BODY) && !header.contains(InputField.TITLE)) {
          sink.skip(new ReadProblem(file.displayName(), first.number(),
              "header names no \"body\" or \"title\" column: " + String.join(",", cells)));
          return;
        }
        continue;
      }
      if (cells.size() == 1 && cells.get(0).isBlank()) continue;
      if (cells.size() != header.size() && recordLines.size() > 1) {
        // a stray quote that closed lines later swallowed good rows: cost one row, replay the rest
        sink.skip(new ReadProblem(file.displayName(), first.number(),
            "unbalanced quote: the quoted field spans " + recordLines.size() + " lines and leaves "
                + cells.size() + " columns instead of " + header.size()));
        for (int i = recordLines.size() - 1; i >= 1; i--) replay.addFirst(recordLines.get(i));
        continue;
      }
      emit(cells, header, file, first.number(), sink);
    }
  }

  private static List<InputField> headerOf(List<String> cells) {
    List<InputField> header = new ArrayList<>();
    for (String c : cells) header.add(InputField.fromKey(c));
    return header;
  }

  private static void emit(List<String> cells, List<InputField> header, SourceFile file, long line, ReportSink sink) {
    if (cells.size() != header.size()) {
      sink.skip(new ReadProblem(file.displayName(), line,
          "expected " + header.size() + " columns, found " + cells.size()));
      return;
    }
    RecordBuilder record = new RecordBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (header.get(i) != null) record.put(header.get(i), cells.get(i));
    }
    if (!record.hasText()) {
      sink.skip(new ReadProblem(file.displayName(), line, record.missingTextReason()));
      return;
    }
    sink.accept(record.build(file.at(line)));
  }
}
