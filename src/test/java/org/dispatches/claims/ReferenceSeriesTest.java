package org.dispatches.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReferenceSeriesTest {
  private static final LocalDate D = LocalDate.of(2024, 2, 29);

  private static ReferenceSeries series() {
    TreeMap<LocalDate, Long> v = new TreeMap<>();
    v.put(D.minusDays(4), 29_800L);
    v.put(D.minusDays(3), 29_900L);
    v.put(D.minusDays(2), 29_950L);
    // D - 1 has no value (not reported that day)
    v.put(D, 30_035L);
    v.put(D.plusDays(1), 30_100L);
    return new ReferenceSeries("gaza", "killed", "killed_cum", v);
  }

  @Test
  void aClaimOnTheDayMatchesThatDay() {
    Reference r = series().compare(D, 30_035, null);
    assertEquals(D.toString(), r.date());
    assertEquals(30_035, r.value());
    assertEquals(0.0, r.gap());
  }

  @Test
  void aLaggingReportMatchesAnEarlierDayWithinThreeDays() {
    Reference r = series().compare(D, 29_900, null);
    assertEquals(D.minusDays(3).toString(), r.date());
    assertEquals(0.0, r.gap());
    // four days back is beyond the lag: the nearest allowed day is D - 3
    Reference older = series().compare(D, 29_800, null);
    assertEquals(D.minusDays(3).toString(), older.date());
    assertEquals((29_800 - 29_900) / 29_900.0, older.gap(), 1e-12);
  }

  @Test
  void aLaterDayIsNeverUsed() {
    Reference r = series().compare(D, 30_100, null);
    assertEquals(D.toString(), r.date(), "the report cannot know tomorrow's toll");
    assertEquals((30_100 - 30_035) / 30_035.0, r.gap(), 1e-12);
  }

  @Test
  void theGapIsRelativeAndSigned() {
    Reference over = series().compare(D, 33_000, null);
    assertEquals((33_000 - 30_035) / 30_035.0, over.gap(), 1e-12);
    assertFalse(over.within(0.03));
    Reference under = series().compare(D, 29_200, null);
    assertTrue(under.gap() < 0);
    assertTrue(under.within(0.03), "29,200 is 2.5% under 29,950");
  }

  @Test
  void noValueInTheWindowMeansNoReference() {
    assertNull(series().compare(D.minusDays(10), 20_000, null));
    assertNull(series().compare(D.plusDays(30), 20_000, null), "a month after the series ends");
  }

  @Test
  void aBoundHoldsOnItsSideOfTheReference() {
    // "more than 20,000" when the series says 30,035: loose, but consistent
    Reference lower = series().compare(D, 20_000, "more than");
    assertFalse(lower.within(0.03));
    assertTrue(lower.holds());
    assertFalse(
        series().compare(D, 33_000, "at least").holds(),
        "at least 33,000 claims more than there were");
    assertTrue(series().compare(D, 33_000, "nearly").holds(), "nearly 33,000 allows fewer");
    assertFalse(series().compare(D, 20_000, "nearly").holds());
    assertFalse(series().compare(D, 20_000, "about").holds());
    assertTrue(series().compare(D, 30_500, null).holds(), "within 3% holds whatever the qualifier");
  }
}
