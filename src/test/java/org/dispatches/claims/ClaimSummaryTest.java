package org.dispatches.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimSummaryTest {
  private static Claim claim(String date, String source, long value) {
    return new Claim(
        "r", null, null, date, "killed", value, null, "stated", source, source, null, "s", true,
        null);
  }

  @Test
  void perDayAndSourceWithTheMedian() {
    ClaimSummary s = new ClaimSummary(Interval.DAY);
    for (long v : new long[] {30, 10, 20}) s.add(claim("2024-03-01", "Gaza health ministry", v));
    for (long v : new long[] {5, 8}) s.add(claim("2024-03-01", null, v));
    s.add(claim(null, "Gaza health ministry", 99));
    assertEquals(
        List.of(
            new SummaryRow("2024-03-01", "Gaza health ministry", 3, 10, 20.0, 30),
            new SummaryRow("2024-03-01", ClaimSummary.UNATTRIBUTED, 2, 5, 6.5, 8)),
        s.rows());
    assertEquals(1, s.undated());
  }

  @Test
  void weeksStartOnMonday() {
    ClaimSummary s = new ClaimSummary(Interval.WEEK);
    s.add(claim("2024-02-26", "UN", 1)); // a Monday
    s.add(claim("2024-03-03", "UN", 3)); // the Sunday after
    s.add(claim("2024-03-04", "UN", 7)); // the next Monday
    assertEquals(
        List.of(
            new SummaryRow("2024-02-26", "UN", 2, 1, 2.0, 3),
            new SummaryRow("2024-03-04", "UN", 1, 7, 7.0, 7)),
        s.rows());
  }
}
