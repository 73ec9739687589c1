package org.dispatches.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One report per file. Leading {@code key: value} lines with known keys (title, date, outlet, url,
 * language, id) followed by a blank line are front matter; everything else is the body.
 */
public final class PlainTextReader implements ReportReader {
  private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z_]{2,20})\\s*:\\s*(.*)$");

  @Override
  public void read(LineSource lines, SourceFile file, ReportSink sink) throws IOException {
    List<String> all = new ArrayList<>();
    for (TextLine line; (line = lines.next()) != null; ) {
      if (line.tooLong()) {
        sink.skip(new ReadProblem(
            file.displayName(), line.number(), "line longer than the record limit"));
        return;
      }
      all.add(line.text());
    }
    RecordBuilder record = new RecordBuilder();
    int bodyStart = frontMatterEnd(all, record);
    record.put(InputField.BODY, String.join("\n", all.subList(bodyStart, all.size())));
    if (!record.hasText()) {
      sink.skip(
          new ReadProblem(file.displayName(), 1, "empty report: " + record.missingTextReason()));
      return;
    }
    sink.accept(record.build(file.at(1)));
  }

  /** Reads front matter into {@code record}; returns the index of the first body line (0 if none). */
  private static int frontMatterEnd(List<String> lines, RecordBuilder record) {
    RecordBuilder candidate = new RecordBuilder();
    int i = 0;
    while (i < lines.size() && !lines.get(i).isBlank()) {
      Matcher m = KEY_VALUE.matcher(lines.get(i));
      if (!m.matches() || InputField.fromKey(m.group(1)) == null) return 0;
      candidate.put(m.group(1), m.group(2));
      i++;
    }
    if (i == 0 || i == lines.size()) return 0; // no front matter, or no blank line after it
    for (int j = 0; j < i; j++) {
      Matcher m = KEY_VALUE.matcher(lines.get(j));
      m.matches();
      record.put(m.group(1), m.group(2));
    }
    return i + 1;
  }
}
