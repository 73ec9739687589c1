package org.dispatches.ingest;

import org.dispatches.ingest.web.WebPage;

/** Turns a page read from a file, an archive or a feed into a report (the web readers live in a package of their own). */
public final class WebReports {
  private WebReports() {}

  /**
   * Gives {@code page} to the sink as a report, or skips it when it has no text.
   *
   * @param captured the date the page was fetched (an archive's record date), used when the page gives none; may be null
   */
  public static void emit(WebPage page, String captured, SourceLocation at, ReportSink sink) {
    RecordBuilder record = new RecordBuilder();
    record.put(InputField.TITLE, page.title());
    record.put(InputField.BODY, page.text());
    record.put(InputField.DATE, page.date() != null ? page.date() : captured);
    record.put(InputField.AUTHOR, page.author());
    record.put(InputField.URL, page.url());
    record.put(InputField.OUTLET, page.siteName());
    if (!record.hasText()) {
      sink.skip(new ReadProblem(at.file(), at.line(), "no article text found in the page"));
      return;
    }
    sink.accept(record.build(at));
  }

  /** A feed item or other record given field by field. */
  public static void emit(
      String title,
      String body,
      String date,
      String author,
      String url,
      String outlet,
      SourceLocation at,
      ReportSink sink) {
    emit(new WebPage(title, body, date, author, url, outlet), null, at, sink);
  }
}
