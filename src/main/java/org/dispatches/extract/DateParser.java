package org.dispatches.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the date formats seen in reports' metadata into a {@link LocalDate}; null when not a date. */
public final class DateParser {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})([T ].*)?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)(\\d{1,2})(?:st|nd|rd|th)?[ -]([a-z]{3,9})\\.?,?[ -](\\d{2}|\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)([a-z]{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})");

  /** The date in {@code text}, or null. */
  public LocalDate parse(String text) {
    if (text == null) return null;
    String t = text.strip();
    try {
      Matcher m = ISO.matcher(t);
      if (m.matches()) return LocalDate.of(i(m.group(1)), i(m.group(2)), i(m.group(3)));
      m = DAY_MONTH_YEAR.matcher(t);
      if (m.matches()) return of(year(m.group(3)), m.group(2), i(m.group(1)));
      m = MONTH_DAY_YEAR.matcher(t);
      if (m.matches()) return of(i(m.group(3)), m.group(1), i(m.group(2)));
      return OffsetDateTime.parse(t).toLocalDate();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate of(int year, String monthName, int day) {
    Integer month = MONTHS.get(monthName.substring(0, 3).toLowerCase(Locale.ROOT));
    return month == null ? null : LocalDate.of(year, month, day);
  }

  private static int year(String y) {
    int v = i(y);
    return y.length() == 2 ? 2000 + v : v;
  }

  private static int i(String s) {
    return Integer.parseInt(s);
  }
}
