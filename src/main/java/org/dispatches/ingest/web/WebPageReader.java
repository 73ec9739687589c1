package org.dispatches.ingest.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads a saved web page to its article: metadata from the head, main text from the body. */
public final class WebPageReader {
  private WebPageReader() {}

  /** The article in {@code html}; {@code url} (may be null) is where it was fetched from. */
  public static WebPage read(String html, String url) {
    return read(Jsoup.parse(html, url == null ? "" : url), url);
  }

  /** The article in a page's bytes, decoded by its byte-order mark or meta charset (else UTF-8). */
  public static WebPage read(byte[] html, String url) {
    try {
      return read(Jsoup.parse(new ByteArrayInputStream(html), null, url == null ? "" : url), url);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading from memory: cannot happen
    }
  }

  private static WebPage read(Document doc, String url) {
    PageMetadata meta = PageMetadata.of(doc);
    String text = new MainText().extract(doc, meta.articleBody(), meta.title());
    String canonical = meta.canonicalUrl() != null ? meta.canonicalUrl() : url;
    return new WebPage(meta.title(), text, meta.date(), meta.author(), canonical, meta.siteName());
  }
}
