package org.dispatches.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.SourceLocation;
import org.junit.jupiter.api.Test;

/** The one duplicate rule: the id the index keys by, the first read kept. */
class FirstSeenTest {
  private final FirstSeen seen = new FirstSeen();

  @Test
  void aGivenIdIsOneReportWhateverTheSpacesAroundIt() {
    assertNull(seen.duplicate(report("a1", null, 1)));
    ReadProblem again = seen.duplicate(report(" a1 ", null, 7));
    assertNotNull(again);
    assertEquals(7, again.line());
    assertEquals("duplicate id a1 (first seen at pushed.jsonl:1)", again.reason());
    assertEquals(ReadProblem.DUPLICATE, again.kind());
  }

  @Test
  void withoutAnIdTheUrlDecides() {
    assertNull(seen.duplicate(report(null, "https://example.org/a", 1)));
    assertNotNull(seen.duplicate(report("", "https://example.org/a", 2)));
    assertNull(seen.duplicate(report(null, "https://example.org/b", 3)));
  }

  @Test
  void anIdEqualToAnotherReportsUrlIsNoDuplicate() {
    // the index keys the second by its url's hash, so both are kept there: so are they here
    assertNull(seen.duplicate(report("https://example.org/a", null, 1)));
    assertNull(seen.duplicate(report(null, "https://example.org/a", 2)));
  }

  @Test
  void withNeitherEachRecordOfAFileIsItsOwnReport() {
    assertNull(seen.duplicate(report(null, null, 1)));
    assertNull(seen.duplicate(report(null, null, 2)));
    assertNotNull(seen.duplicate(report(null, null, 2)));
  }

  private static RawReport report(String id, String url, long line) {
    return new RawReport(
        id,
        null,
        "Talks resumed in Cairo.",
        null,
        null,
        url,
        null,
        new SourceLocation("pushed.jsonl", "pushed.jsonl", line, true));
  }
}
