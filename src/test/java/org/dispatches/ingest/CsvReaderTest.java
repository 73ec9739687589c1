package org.dispatches.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dispatches.testing.CollectingSink;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private final SourceFile file = new SourceFile("r.csv", "r.csv", true);

  @Test
  void quotedFieldsWithCommasQuotesAndNewlines() throws Exception {
    String csv = "title,body,outlet,date\n"
        + "\"Truce, day 3\",\"He said \"\"no\"\".\nNext line.\",Reuters,2024-04-08\n"
        + "Plain,Body two,AP,2024-04-09\n";
    CollectingSink sink = new CollectingSink();
    new CsvReader(',').read(LineSources.of(csv), file, sink);
    assertEquals(2, sink.reports.size());
    assertEquals("Truce, day 3", sink.reports.get(0).title());
    assertEquals("He said \"no\".\nNext line.", sink.reports.get(0).body());
    assertEquals(2, sink.reports.get(0).location().line());
    assertEquals(4, sink.reports.get(1).location().line());
    assertEquals("AP", sink.reports.get(1).outlet());
  }

  @Test
  void unbalancedQuoteCostsOneRecordNotTheRestOfTheFile() throws Exception {
    String csv = "title,body\n"
        + "Good one,fine\n"
        + "\"Broken,never closed\n"
        + "Good two,fine\n"
        + "Good three,fine\n";
    CollectingSink sink = new CollectingSink();
    new CsvReader(',').read(LineSources.of(csv), file, sink);
    assertEquals(3, sink.reports.size());
    assertEquals(1, sink.problems.size());
    assertEquals(3, sink.problems.get(0).line());
    assertTrue(sink.problems.get(0).reason().contains("unbalanced quote"));
  }

  @Test
  void wrongColumnCountIsSkipped() throws Exception {
    CollectingSink sink = new CollectingSink();
    new CsvReader(',').read(LineSources.of("title,body\na,b,c\nd,e\n"), file, sink);
    assertEquals(1, sink.reports.size());
    assertTrue(sink.problems.get(0).reason().contains("expected 2 columns, found 3"));
  }

  @Test
  void headerWithoutTextColumnIsReported() throws Exception {
    CollectingSink sink = new CollectingSink();
    new CsvReader(',').read(LineSources.of("foo,bar\n1,2\n"), file, sink);
    assertEquals(0, sink.reports.size());
    assertTrue(sink.problems.get(0).reason().contains("header"));
  }

  @Test
  void tabSeparated() throws Exception {
    CollectingSink sink = new CollectingSink();
    new CsvReader('\t')
        .read(LineSources.of("date\tpublisher\ttitle\n2024-01-02\tCNN\tA, headline\n"), file, sink);
    assertEquals("CNN", sink.reports.get(0).outlet());
    assertEquals("A, headline", sink.reports.get(0).title());
  }
}
