package org.dispatches.search;

import java.math.BigInteger;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dispatches.api.BadRequestException;

/**
 * Reads the whole numbers of figure ranges ({@code killed:>30000}, {@code killed:[1,000 TO 5000]})
 * exactly, refusing those a figure field cannot hold: Java's integer format reads
 * {@code 99999999999999999999} as a double and clamps it, and the parser turns an exclusive bound at
 * {@link Long#MAX_VALUE} into {@link Long#MIN_VALUE}, so both matched every report with a figure.
 */
final class FigureFormat extends NumberFormat {
  /** The largest figure a range may name: one below the long range, so that an exclusive bound cannot wrap. */
  static final long MAX = Long.MAX_VALUE - 1;

  private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d,]*");

  @Override
  public Number parse(String source, ParsePosition pos) {
    Matcher m = NUMBER.matcher(source);
    m.region(pos.getIndex(), source.length());
    if (!m.lookingAt()) {
      pos.setErrorIndex(pos.getIndex());
      return null;
    }
    BigInteger value = new BigInteger(m.group().replace(",", ""));
    if (value.abs().compareTo(BigInteger.valueOf(MAX)) > 0) {
      throw new BadRequestException(
          "bad_query",
          "the figure " + m.group() + " is out of range; figures in a query"
              + " are whole numbers up to " + String.format("%,d", MAX));
    }
    pos.setIndex(m.end());
    return value.longValueExact();
  }

  @Override
  public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
    return toAppendTo.append(number);
  }

  @Override
  public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
    return format((long) number, toAppendTo, pos);
  }
}
