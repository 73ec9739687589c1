package org.dispatches.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import org.dispatches.ingest.LineSource;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportReader;
import org.dispatches.ingest.ReportSink;
import org.dispatches.ingest.SourceFile;
import org.dispatches.ingest.WebReports;

/** A saved web page ({@code .html}, {@code .htm}): one report, its article read by {@link WebPageReader}. */
public final class HtmlPageReader implements ReportReader {
  /** Pages larger than this are not read: no article page comes near it. */
  static final int MAX_PAGE_BYTES = 32 * 1024 * 1024;

  @Override
  public void read(InputStream in, SourceFile file, ReportSink sink, int maxLineBytes)
      throws IOException {
    byte[] bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
    if (bytes.length > MAX_PAGE_BYTES) {
      sink.skip(new ReadProblem(
          file.displayName(), 1, "page larger than " + MAX_PAGE_BYTES / (1024 * 1024) + " MB"));
      return;
    }
    sink.shape("web page", null, true);
    WebReports.emit(WebPageReader.read(bytes, null), null, file.at(1), sink);
  }

  @Override
  public void read(LineSource lines, SourceFile file, ReportSink sink) {
    throw new UnsupportedOperationException("a web page is read whole, not by lines");
  }
}
