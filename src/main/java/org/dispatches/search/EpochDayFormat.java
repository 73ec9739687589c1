package org.dispatches.search;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets the query parser read ISO dates ({@code 2024-04-01}) as the epoch days the date field
 * holds: the parser's points configuration only speaks {@link NumberFormat}.
 */
final class EpochDayFormat extends NumberFormat {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  @Override
  public Number parse(String source, ParsePosition pos) {
    Matcher m = ISO.matcher(source);
    m.region(pos.getIndex(), source.length());
    if (!m.lookingAt()) {
      pos.setErrorIndex(pos.getIndex());
      return null;
    }
    try {
      LocalDate d = LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      pos.setIndex(m.end());
      return d.toEpochDay();
    } catch (DateTimeException e) {
      pos.setErrorIndex(pos.getIndex());
      return null;
    }
  }

  @Override
  public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
    return toAppendTo.append(LocalDate.ofEpochDay(number));
  }

  @Override
  public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
    return format((long) number, toAppendTo, pos);
  }
}
