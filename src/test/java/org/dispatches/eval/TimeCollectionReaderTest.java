package org.dispatches.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The TIME reader against the counts the collection's README states, and the position-based judgments. */
class TimeCollectionReaderTest {

  @Test
  void readsEveryDocumentQueryAndJudgment() throws Exception {
    Path dir = SharedData.require("time-magazine-1963-ir");
    TestCollection c = new TimeCollectionReader().read(dir);
    assertEquals(423, c.documents().size());
    assertEquals(83, c.queries().size());
    // 324 pairs, less the three that name documents 424 and 425, which TIME.ALL does not hold
    assertEquals(321, c.queries().stream().mapToInt(q -> q.relevant().size()).sum());
    assertEquals("1963-01-04", c.documents().get(0).date());
    assertEquals("1963-12-27", c.documents().get(422).date());
  }

  @Test
  void documentIdsArePositionsAndTextsAreWholeArticles() throws Exception {
    Path dir = SharedData.require("time-magazine-1963-ir");
    TestCollection c = new TimeCollectionReader().read(dir);
    // the README's parsing check: position 1 is *TEXT 017, position 2 is *TEXT 018
    assertEquals("1", c.documents().get(0).id());
    assertTrue(
        c.documents().get(0).text().startsWith("THE ALLIES AFTER NASSAU"),
        c.documents().get(0).text());
    assertTrue(
        c.documents().get(1).text().startsWith("RUSSIA WHO'S IN CHARGE HERE"),
        c.documents().get(1).text());
    // irregular headers (extra spaces, a missing slash) must start a new article, never merge into
    // the previous
    long headers = Files.readAllLines(dir.resolve("TIME.ALL")).stream()
        .filter(l -> l.startsWith("*TEXT"))
        .count();
    assertEquals(headers, c.documents().size());
    assertTrue(c.documents().stream()
        .noneMatch(d -> d.text().contains("*TEXT") || d.text().contains("*STOP")));
    assertTrue(
        c.documents().stream().allMatch(d -> d.date() != null && d.date().startsWith("1963-")));
  }
}
