package org.dispatches.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.dispatches.ingest.LineSource;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportReader;
import org.dispatches.ingest.ReportSink;
import org.dispatches.ingest.SourceFile;
import org.dispatches.ingest.WebReports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A news feed: RSS 2.0 ({@code <item>}: title, link, pubDate, description or content:encoded,
 * author or dc:creator) or Atom ({@code <entry>}: title, link, published or updated, summary or
 * content, author name). Each item is a report; the channel's title is its outlet. Read with
 * jsoup's lenient XML parser, since feeds in the wild are often not well-formed.
 */
public final class FeedReader implements ReportReader {
  static final int MAX_FEED_BYTES = 64 * 1024 * 1024;

  @Override
  public void read(InputStream in, SourceFile file, ReportSink sink, int maxLineBytes)
      throws IOException {
    Document doc = Jsoup.parse(in, null, "", Parser.xmlParser());
    Element root = doc.children().isEmpty() ? null : doc.child(0);
    boolean atom = root != null && root.tagName().equalsIgnoreCase("feed");
    boolean rss = root != null
        && (root.tagName().equalsIgnoreCase("rss")
            || root.tagName().toLowerCase(Locale.ROOT).endsWith("rdf"));
    if (!atom && !rss) {
      sink.skip(new ReadProblem(
          file.displayName(),
          0,
          "not a feed: the XML root is <" + (root == null ? "nothing" : root.tagName())
              + ">, not <rss> or <feed>"));
      return;
    }
    sink.shape(atom ? "feed (Atom)" : "feed (RSS)", null, true);
    Element channel = atom ? root : first(root, "channel");
    String outlet = channel == null ? null : text(first(channel, "title"));
    long n = 0;
    for (Element item : root.getElementsByTag(atom ? "entry" : "item")) {
      n++;
      if (atom) atomEntry(item, outlet, file, n, sink);
      else rssItem(item, outlet, file, n, sink);
    }
  }

  private static void rssItem(
      Element item, String outlet, SourceFile file, long n, ReportSink sink) {
    String body = text(first(item, "content:encoded"));
    if (body == null) body = text(first(item, "description"));
    String date = rfc1123(text(first(item, "pubDate")));
    if (date == null) date = text(first(item, "dc:date"));
    String author = text(first(item, "dc:creator"));
    if (author == null) author = text(first(item, "author"));
    String link = text(first(item, "link"));
    if (link == null) link = text(first(item, "guid"));
    WebReports.emit(text(first(item, "title")), body, date, author, link, outlet, file.at(n), sink);
  }

  private static void atomEntry(
      Element entry, String outlet, SourceFile file, long n, ReportSink sink) {
    String body = text(first(entry, "content"));
    if (body == null) body = text(first(entry, "summary"));
    String date = text(first(entry, "published"));
    if (date == null) date = text(first(entry, "updated"));
    Element author = first(entry, "author");
    String link = null;
    for (Element l : entry.children()) {
      if (!l.tagName().equalsIgnoreCase("link")) continue;
      String rel = l.attr("rel");
      if (rel.isEmpty() || rel.equals("alternate")) {
        link = l.attr("href");
        break;
      }
    }
    WebReports.emit(
        text(first(entry, "title")),
        body,
        date,
        author == null ? null : text(first(author, "name")),
        link,
        outlet,
        file.at(n),
        sink);
  }

  /** The first child element with {@code tag} (namespace prefix included), or null. */
  private static Element first(Element parent, String tag) {
    for (Element c : parent.children()) if (c.tagName().equalsIgnoreCase(tag)) return c;
    return null;
  }

  private static String text(Element e) {
    if (e == null) return null;
    String t = e.text().strip();
    return t.isEmpty() ? null : t;
  }

  /** "Tue, 10 Jun 2003 04:00:00 GMT" as ISO 8601; other shapes as they are. */
  static String rfc1123(String date) {
    if (date == null) return null;
    try {
      return ZonedDateTime.parse(date.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
          .toOffsetDateTime()
          .toString();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(date.strip()).toString();
      } catch (DateTimeParseException e2) {
        return date;
      }
    }
  }

  @Override
  public void read(LineSource lines, SourceFile file, ReportSink sink) {
    throw new UnsupportedOperationException("a feed is read whole, not by lines");
  }
}
