package org.dispatches.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dispatches.api.BadRequestException;
import org.dispatches.extract.figures.Figure;
import org.junit.jupiter.api.Test;

class ClaimFilterTest {
  private static Figure figure(String kind, String claim, String attribution, String source) {
    return new Figure(kind, 100, null, null, attribution, "s", claim, source);
  }

  @Test
  void statedFiguresOfTheKindByDefault() {
    ClaimFilter f = ClaimFilter.of("Killed");
    assertEquals("killed", f.kind());
    assertTrue(f.accepts(figure("killed", Figure.STATED, null, null)));
    assertFalse(f.accepts(figure("killed", Figure.PROJECTED, null, null)));
    assertFalse(f.accepts(figure("wounded", Figure.STATED, null, null)));
  }

  @Test
  void attributionMatchesTheCanonicalSourceOrTheWordsAsWritten() {
    ClaimFilter f = new ClaimFilter("killed", List.of("gaza health ministry"), Set.of("all"));
    assertTrue(f.accepts(figure(
        "killed", Figure.PROJECTED, "Gaza's Hamas-run health ministry", "Gaza health ministry")));
    assertTrue(f.accepts(figure("killed", Figure.STATED, "Gaza health ministry", null)));
    assertFalse(f.accepts(figure("killed", Figure.STATED, "Israeli military", "Israeli military")));
    assertFalse(f.accepts(figure("killed", Figure.STATED, null, null)));
  }

  @Test
  void unknownKindsAndClaimTypesAreBadRequests() {
    assertThrows(BadRequestException.class, () -> ClaimFilter.of("casualties"));
    assertThrows(
        BadRequestException.class, () -> new ClaimFilter(null, List.of(), Set.of("rumoured")));
  }
}
