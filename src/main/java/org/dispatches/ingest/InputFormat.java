package org.dispatches.ingest;

import java.util.function.Supplier;

/** The input formats Dispatches reads, by file extension. */
public enum InputFormat {
  PLAIN_TEXT(PlainTextReader::new),
  JSON_LINES(JsonLinesReader::new),
  CSV(() -> new CsvReader(',')),
  TSV(() -> new CsvReader('\t'));

  private final Supplier<ReportReader> factory;

  InputFormat(Supplier<ReportReader> factory) {
    this.factory = factory;
  }

  public ReportReader reader() {
    return factory.get();
  }

  /** Whether a file holds many records (so record ids need a line number) or one. */
  public boolean multiRecord() {
    return this != PLAIN_TEXT;
  }

  static InputFormat forExtension(String ext) {
    return switch (ext) {
      case "txt", "text", "md" -> PLAIN_TEXT;
      case "jsonl", "ndjson", "json" -> JSON_LINES;
      case "csv" -> CSV;
      case "tsv" -> TSV;
      default -> null;
    };
  }
}
