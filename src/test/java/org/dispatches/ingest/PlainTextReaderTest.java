package org.dispatches.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.dispatches.testing.CollectingSink;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
  private final SourceFile file = new SourceFile("a.txt", "a.txt", false);

  @Test
  void frontMatterFillsMetadataAndTheRestIsBody() throws Exception {
    CollectingSink sink = new CollectingSink();
    new PlainTextReader()
        .read(
            LineSources.of(
                "title: Talks resume in Cairo\ndate: 2024-04-08\noutlet: Reuters\nurl: https://example.org/x\n\nDelegations met on Sunday.\nSecond line."),
            file,
            sink);
    RawReport r = sink.reports.get(0);
    assertEquals("Talks resume in Cairo", r.title());
    assertEquals("2024-04-08", r.date());
    assertEquals("Reuters", r.outlet());
    assertEquals("https://example.org/x", r.url());
    assertEquals("Delegations met on Sunday.\nSecond line.", r.body());
  }

  @Test
  void textWithoutFrontMatterIsAllBody() throws Exception {
    CollectingSink sink = new CollectingSink();
    String text = "Note: this is not front matter\nbecause the keys are unknown.\n\nMore text.";
    new PlainTextReader().read(LineSources.of(text), file, sink);
    assertNull(sink.reports.get(0).title());
    assertEquals(text, sink.reports.get(0).body());
  }

  @Test
  void keyValueLinesWithoutBlankLineAfterThemAreBody() throws Exception {
    CollectingSink sink = new CollectingSink();
    new PlainTextReader().read(LineSources.of("title: only a line"), file, sink);
    assertEquals("title: only a line", sink.reports.get(0).body());
  }

  @Test
  void emptyFileIsSkippedWithReason() throws Exception {
    CollectingSink sink = new CollectingSink();
    new PlainTextReader().read(LineSources.of("\n  \n"), file, sink);
    assertEquals(0, sink.reports.size());
    assertEquals("a.txt", sink.problems.get(0).file());
  }
}
