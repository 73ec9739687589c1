package org.dispatches.ingest;

/**
 * One report as a reader found it: the fields the input gave, as written, before any extraction.
 *
 * <p>Every field but {@code location} may be null; a reader guarantees a non-blank body or title.
 */
public record RawReport(
    String id,
    String title,
    String body,
    String date,
    String outlet,
    String url,
    String language,
    String author,
    SourceLocation location) {

  /** A report with no author given. */
  public RawReport(
      String id,
      String title,
      String body,
      String date,
      String outlet,
      String url,
      String language,
      SourceLocation location) {
    this(id, title, body, date, outlet, url, language, null, location);
  }

  /** The text to extract from: title and body joined, for extractors that look at both. */
  public String fullText() {
    if (title == null || title.isBlank()) return body == null ? "" : body;
    if (body == null || body.isBlank()) return title;
    return title + "\n\n" + body;
  }
}
