package org.dispatches.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dispatches.testing.CollectingSink;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  private final SourceFile file = new SourceFile("r.jsonl", "r.jsonl", true);

  @Test
  void readsGoodLinesAndSkipsBrokenOnesWithLineAndReason() throws Exception {
    String input = String.join(
        "\n",
        "{\"id\":\"a\",\"title\":\"T1\",\"body\":\"B1\",\"date\":\"2024-04-08\",\"outlet\":\"Reuters\"}",
        "{\"title\": \"truncated",
        "",
        "{\"body\": [\"not\", \"a string\"]}",
        "[1,2]",
        "{\"date\": \"2024-01-01\"}",
        "{\"body\":\"B2\",\"extra\":{\"ignored\":true}}");
    CollectingSink sink = new CollectingSink();
    new JsonLinesReader().read(LineSources.of(input), file, sink);
    assertEquals(2, sink.reports.size());
    assertEquals("a", sink.reports.get(0).id());
    assertEquals("Reuters", sink.reports.get(0).outlet());
    assertEquals(7, sink.reports.get(1).location().line());
    assertEquals(4, sink.problems.size());
    assertEquals(2, sink.problems.get(0).line());
    assertTrue(
        sink.problems.get(0).reason().startsWith("malformed JSON"),
        sink.problems.get(0).reason());
    assertTrue(sink.problems.get(1).reason().contains("\"body\" must be a string"));
    assertEquals(5, sink.problems.get(2).line());
    assertTrue(sink.problems.get(3).reason().contains("no \"body\" or \"title\""));
  }

  @Test
  void numbersAreReadAsText() throws Exception {
    CollectingSink sink = new CollectingSink();
    new JsonLinesReader().read(LineSources.of("{\"id\": 42, \"body\": \"x\"}"), file, sink);
    assertEquals("42", sink.reports.get(0).id());
  }
}
