package org.dispatches.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CursorTokensTest {
  private final CursorTokens tokens = new CursorTokens("t1");

  @Test
  void aCursorGivesBackItsPositionForTheSameOrder() {
    String cursor = tokens.encode(SortOrder.DATE_DESCENDING, "42|l1704067200000|p3");
    assertEquals("42|l1704067200000|p3", tokens.decode(cursor, SortOrder.DATE_DESCENDING));
  }

  @Test
  void aCursorSentWithAnotherOrderSaysWhichOrderItWasMadeFor() {
    String cursor = tokens.encode(SortOrder.DATE_ASCENDING, "7|p2");
    BadRequestException e =
        assertThrows(BadRequestException.class, () -> tokens.decode(cursor, SortOrder.RELEVANCE));
    assertTrue(e.getMessage().contains("sort=date;"), e.getMessage());
  }

  @Test
  void aCursorThisInstanceDidNotMakeIsRefused() {
    String other = new CursorTokens("t1").encode(SortOrder.RELEVANCE, "7|p2");
    String mine = tokens.encode(SortOrder.RELEVANCE, "7|p2");
    String altered = mine.substring(0, 3) + (mine.charAt(3) == 'A' ? 'B' : 'A') + mine.substring(4);
    for (String bad : new String[] {other, altered, "not-a-cursor", ""}) {
      BadRequestException e = assertThrows(
          BadRequestException.class, () -> tokens.decode(bad, SortOrder.RELEVANCE), bad);
      assertEquals("bad_parameter", e.code());
      assertTrue(e.getMessage().contains("use nextCursor as is"), e.getMessage());
    }
  }
}
