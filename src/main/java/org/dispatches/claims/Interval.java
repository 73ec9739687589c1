package org.dispatches.claims;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.dispatches.api.BadRequestException;

/** The period a claims summary groups by: a day, or an ISO week (named by its Monday). */
public enum Interval {
  DAY,
  WEEK;

  /** The first day of the period {@code date} falls in. */
  public LocalDate start(LocalDate date) {
    return this == DAY ? date : date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code day} or {@code week}; null or blank is a day. */
  public static Interval fromParam(String value) {
    if (value == null || value.isBlank()) return DAY;
    for (Interval i : values()) if (i.id().equals(value.strip().toLowerCase(Locale.ROOT))) return i;
    throw new BadRequestException(
        "bad_parameter", "interval must be day or week; got \"" + value + "\"");
  }
}
