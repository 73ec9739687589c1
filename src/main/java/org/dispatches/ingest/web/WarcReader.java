package org.dispatches.ingest.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.dispatches.ingest.LineSource;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportReader;
import org.dispatches.ingest.ReportSink;
import org.dispatches.ingest.SourceFile;
import org.dispatches.ingest.WebReports;

/**
 * A web archive (WARC 1.0/1.1, as the Internet Archive and Common Crawl write them; a
 * {@code .warc.gz} is decompressed before it gets here): each {@code response} record whose HTTP
 * payload is HTML is a page, read with its target URL and, when the page states no date, the
 * capture date. Requests, metadata and non-HTML responses are passed over; the n-th record is
 * "line" n in the account.
 */
public final class WarcReader implements ReportReader {
  /** A record larger than this is passed over, not held in memory. */
  static final long MAX_RECORD_BYTES = 64L * 1024 * 1024;

  @Override
  public void read(InputStream in, SourceFile file, ReportSink sink, int maxLineBytes)
      throws IOException {
    sink.shape("web archive (WARC)", null, true);
    long number = 0;
    while (true) {
      String version = readLine(in);
      while (version != null && version.isEmpty()) version = readLine(in);
      if (version == null) return;
      number++;
      if (!version.startsWith("WARC/")) {
        sink.skip(new ReadProblem(
            file.displayName(),
            number,
            "not a WARC record (starts \"" + abbreviate(version)
                + "\"); the rest of the file is not read"));
        return;
      }
      Map<String, String> headers = readHeaders(in);
      long length = parseLength(headers.get("content-length"));
      if (length < 0) {
        sink.skip(new ReadProblem(
            file.displayName(),
            number,
            "WARC record without a Content-Length; the rest of the file is not read"));
        return;
      }
      if (length > MAX_RECORD_BYTES) {
        in.skipNBytes(length);
        sink.skip(new ReadProblem(file.displayName(), number, "WARC record larger than 64 MB"));
        continue;
      }
      byte[] block = in.readNBytes((int) length);
      if (block.length < length) {
        sink.skip(new ReadProblem(
            file.displayName(), number, "WARC record cut short: the file ends inside it"));
        return;
      }
      if (!"response".equalsIgnoreCase(headers.get("warc-type"))) continue;
      HttpMessage http = HttpMessage.parse(block);
      if (http == null || !http.isHtml() || http.status() >= 300) continue;
      String url = headers.get("warc-target-uri");
      if (url != null && url.startsWith("<") && url.endsWith(">"))
        url = url.substring(1, url.length() - 1);
      WebPage page = WebPageReader.read(http.body(), url);
      WebReports.emit(page, headers.get("warc-date"), file.at(number), sink);
    }
  }

  @Override
  public void read(LineSource lines, SourceFile file, ReportSink sink) {
    throw new UnsupportedOperationException("a WARC file is read as bytes, not lines");
  }

  private static Map<String, String> readHeaders(InputStream in) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line; (line = readLine(in)) != null && !line.isEmpty(); ) {
      int colon = line.indexOf(':');
      if (colon > 0)
        headers.put(
            line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).strip());
    }
    return headers;
  }

  private static long parseLength(String v) {
    try {
      return v == null ? -1 : Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A line up to CRLF or LF (ISO-8859-1, as header lines are), or null at the end of input. */
  static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(128);
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      if (b.size() > 64 * 1024) throw new IOException("header line longer than 64 KB");
      b.write(c);
    }
    if (c == -1 && b.size() == 0) return null;
    String s = b.toString(StandardCharsets.ISO_8859_1);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  /** The HTTP response inside a response record: status, headers and body (de-chunked and gunzipped). */
  record HttpMessage(int status, Map<String, String> headers, byte[] body) {
    static HttpMessage parse(byte[] block) throws IOException {
      ByteArrayInputStream in = new ByteArrayInputStream(block);
      String statusLine = readLine(in);
      if (statusLine == null || !statusLine.startsWith("HTTP/")) return null;
      String[] parts = statusLine.split(" ");
      int status;
      try {
        status = parts.length > 1 ? Integer.parseInt(parts[1]) : 200;
      } catch (NumberFormatException e) {
        return null;
      }
      Map<String, String> headers = readHeaders(in);
      byte[] body = in.readAllBytes();
      if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", "")))
        body = dechunk(body);
      if ("gzip".equalsIgnoreCase(headers.getOrDefault("content-encoding", ""))) {
        try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(body))) {
          body = gz.readAllBytes();
        } catch (IOException e) {
          // stored decoded despite the header (some crawlers do): keep the bytes as they are
        }
      }
      return new HttpMessage(status, headers, body);
    }

    boolean isHtml() {
      String type = headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
      return type.contains("html");
    }

    private static byte[] dechunk(byte[] body) throws IOException {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
      for (String size; (size = readLine(in)) != null; ) {
        int semi = size.indexOf(';');
        int n;
        try {
          n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).strip(), 16);
        } catch (NumberFormatException e) {
          return body; // not chunked after all
        }
        if (n == 0) break;
        out.write(in.readNBytes(n));
        readLine(in);
      }
      return out.toByteArray();
    }
  }
}
