package org.dispatches.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How finely the date facet counts: by month ("2024-04", the default), by week (the Monday it starts
 * on, "2024-04-08", as OpenSearch's calendar week) or by day ("2024-04-08"). A ceasefire round is
 * days: the page asks for days when the span it shows is short.
 */
public enum DateInterval {
  MONTH("month"),
  WEEK("week"),
  DAY("day");

  private final String param;

  DateInterval(String param) {
    this.param = param;
  }

  public String param() {
    return param;
  }

  /** The facet value of a date at this interval. */
  public String key(LocalDate date) {
    return switch (this) {
      case MONTH -> date.toString().substring(0, 7);
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
      case DAY -> date.toString();
    };
  }

  /** The interval an API {@code dateInterval} value names; null or blank is a month. */
  public static DateInterval fromParam(String value) {
    if (value == null || value.isBlank()) return MONTH;
    for (DateInterval d : values()) if (d.param.equals(value.strip())) return d;
    throw new BadRequestException("bad_parameter", "dateInterval must be one of month, week, day");
  }
}
