package org.dispatches.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.testing.CollectingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
  @TempDir
  Path dir;

  private final CollectingSink sink = new CollectingSink();

  private void read(String name, String xml) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, xml);
    new CorpusReader().read(new CorpusFile(file, name), sink);
  }

  @Test
  void rssItemsAreReports() throws Exception {
    read("world.rss", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Example World News</title><link>https://news.example/</link>
        <item><title>Truce extended by two days</title><link>https://news.example/truce</link>
          <pubDate>Tue, 28 Nov 2023 09:15:00 GMT</pubDate><dc:creator>Jane Roe</dc:creator>
          <description>&lt;p&gt;The truce was &lt;b&gt;extended&lt;/b&gt; by two days.&lt;/p&gt;</description></item>
        <item><title>Aid enters</title><link>https://news.example/aid</link>
          <description>Short summary.</description>
          <content:encoded><![CDATA[<p>Two hundred trucks entered on Monday.</p><p>More are expected.</p>]]></content:encoded></item>
        </channel></rss>
        """);
    assertEquals(2, sink.reports.size());
    var first = sink.reports.get(0);
    assertEquals("Truce extended by two days", first.title());
    assertEquals("https://news.example/truce", first.url());
    assertEquals("2023-11-28T09:15Z", first.date());
    assertEquals("Jane Roe", first.author());
    assertEquals("Example World News", first.outlet());
    assertEquals("The truce was extended by two days.", first.body());
    assertTrue(
        sink.reports.get(1).body().startsWith("Two hundred trucks entered on Monday."),
        "content:encoded before description");
  }

  @Test
  void atomEntriesAreReports() throws Exception {
    read("feed.atom", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire Service</title>
        <entry><title>Talks resume</title><link rel="alternate" href="https://wire.example/talks"/>
          <link rel="enclosure" href="https://wire.example/photo.jpg"/>
          <published>2024-01-15T08:00:00Z</published><updated>2024-01-16T08:00:00Z</updated>
          <author><name>A. Writer</name></author><summary>Talks resumed in Doha on Monday.</summary></entry>
        </feed>
        """);
    var r = sink.reports.get(0);
    assertEquals("Talks resume", r.title());
    assertEquals("https://wire.example/talks", r.url());
    assertEquals("2024-01-15T08:00:00Z", r.date());
    assertEquals("A. Writer", r.author());
    assertEquals("Wire Service", r.outlet());
    assertEquals("Talks resumed in Doha on Monday.", r.body());
  }

  @Test
  void xmlThatIsNotAFeedIsSkippedWithTheReason() throws Exception {
    read("data.xml", "<?xml version=\"1.0\"?><catalog><book>x</book></catalog>");
    assertTrue(sink.reports.isEmpty());
    assertTrue(sink.problems.get(0).reason().contains("not a feed"));
  }
}
