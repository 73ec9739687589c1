package org.dispatches.ingest;

import java.util.function.Function;
import org.dispatches.ingest.web.FeedReader;
import org.dispatches.ingest.web.HtmlPageReader;
import org.dispatches.ingest.web.WarcReader;

/** The input formats Dispatches reads, by file extension (and, for a few, by a look at the content). */
public enum InputFormat {
  PLAIN_TEXT("plain text", o -> new PlainTextReader()),
  JSON("JSON", JsonLinesReader::new),
  CSV("CSV", o -> new CsvReader(',', o)),
  TSV("TSV", o -> new CsvReader('\t', o)),
  HTML("web page", o -> new HtmlPageReader()),
  WARC("web archive (WARC)", o -> new WarcReader()),
  FEED("feed (RSS/Atom)", o -> new FeedReader());

  private final String label;
  private final Function<ReadOptions, ReportReader> factory;

  InputFormat(String label, Function<ReadOptions, ReportReader> factory) {
    this.label = label;
    this.factory = factory;
  }

  public ReportReader reader(ReadOptions options) {
    return factory.apply(options);
  }

  public ReportReader reader() {
    return reader(ReadOptions.defaults());
  }

  /** The format's name in the per-file account. */
  public String label() {
    return label;
  }

  /** Whether a file holds many records (so record ids need a line number) or one. */
  public boolean multiRecord() {
    return this != PLAIN_TEXT && this != HTML;
  }

  /** Whether the format may hold NUL bytes (a web archive's images). */
  boolean binary() {
    return this == WARC;
  }

  static InputFormat forExtension(String ext) {
    return switch (ext) {
      case "txt", "text", "md" -> PLAIN_TEXT;
      case "jsonl", "ndjson", "json" -> JSON;
      case "csv" -> CSV;
      case "tsv", "tab" -> TSV;
      case "html", "htm", "xhtml" -> HTML;
      case "warc" -> WARC;
      case "rss", "atom", "xml" -> FEED;
      default -> null;
    };
  }
}
