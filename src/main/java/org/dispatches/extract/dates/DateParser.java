package org.dispatches.extract.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dispatches.extract.text.NumberWords;

/**
 * Parses a date given on its own (metadata, a "Published" line) into a {@link LocalDate}: ISO,
 * "9 April 2024", "April 9, 2024", "6-Jun-25", "23-12-2023", "12-31-23", "10/9/2023", Arabic month
 * names, and the same with a trailing weekday or time. Null when it is not a whole date.
 */
public final class DateParser {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[ -]+(\\p{L}[\\p{L} ]{2,14}?)\\.?,?[ -]+(\\d{4}|\\d{2})\\b.*");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?:\\p{L}+,? )?(\\p{L}{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b.*");
  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:\\s.*)?");

  /** The date in {@code text}, or null. */
  public LocalDate parse(String text) {
    if (text == null) return null;
    String t = NumberWords.asciiDigits(text.strip());
    try {
      Matcher m = ISO.matcher(t);
      if (m.matches()) return LocalDate.of(i(m.group(1)), i(m.group(2)), i(m.group(3)));
      m = DAY_MONTH_YEAR.matcher(t);
      if (m.matches()) return of(year(m.group(3)), m.group(2), i(m.group(1)));
      m = MONTH_DAY_YEAR.matcher(t);
      if (m.matches()) return of(i(m.group(3)), m.group(1), i(m.group(2)));
      m = NUMERIC.matcher(t);
      if (m.matches()) return numeric(m);
      return OffsetDateTime.parse(t).toLocalDate();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * Day and month in digits: whichever part exceeds 12 is the day; otherwise slashes and two-digit
   * years read month first (US habit, "10/9/2023", "12-31-23") and dashes with four-digit years
   * day first ("23-12-2023").
   */
  private static LocalDate numeric(Matcher m) {
    int a = i(m.group(1)), b = i(m.group(3));
    int y = year(m.group(4));
    boolean monthFirst;
    if (a > 12) monthFirst = false;
    else if (b > 12) monthFirst = true;
    else monthFirst = m.group(2).equals("/") || m.group(4).length() == 2;
    return monthFirst ? LocalDate.of(y, a, b) : LocalDate.of(y, b, a);
  }

  private static LocalDate of(int year, String monthName, int day) {
    int month = Months.number(monthName.strip().toLowerCase(Locale.ROOT));
    return month == 0 ? null : LocalDate.of(year, month, day);
  }

  private static int year(String y) {
    int v = i(y);
    return y.length() == 2 ? 2000 + v : v;
  }

  private static int i(String s) {
    return Integer.parseInt(s);
  }
}
