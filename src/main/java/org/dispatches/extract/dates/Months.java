package org.dispatches.extract.dates;

import java.util.Map;

/** Month names in English (full and abbreviated) and Arabic (Egyptian and Levantine usage). */
public final class Months {
  private static final Map<String, Integer> NAMES = Map.ofEntries(
      Map.entry("january", 1),
      Map.entry("february", 2),
      Map.entry("march", 3),
      Map.entry("april", 4),
      Map.entry("may", 5),
      Map.entry("june", 6),
      Map.entry("july", 7),
      Map.entry("august", 8),
      Map.entry("september", 9),
      Map.entry("october", 10),
      Map.entry("november", 11),
      Map.entry("december", 12),
      Map.entry("jan", 1),
      Map.entry("feb", 2),
      Map.entry("mar", 3),
      Map.entry("apr", 4),
      Map.entry("jun", 6),
      Map.entry("jul", 7),
      Map.entry("aug", 8),
      Map.entry("sep", 9),
      Map.entry("sept", 9),
      Map.entry("oct", 10),
      Map.entry("nov", 11),
      Map.entry("dec", 12),
      Map.entry("يناير", 1),
      Map.entry("فبراير", 2),
      Map.entry("مارس", 3),
      Map.entry("أبريل", 4),
      Map.entry("ابريل", 4),
      Map.entry("إبريل", 4),
      Map.entry("مايو", 5),
      Map.entry("يونيو", 6),
      Map.entry("يوليو", 7),
      Map.entry("أغسطس", 8),
      Map.entry("اغسطس", 8),
      Map.entry("سبتمبر", 9),
      Map.entry("أكتوبر", 10),
      Map.entry("اكتوبر", 10),
      Map.entry("نوفمبر", 11),
      Map.entry("ديسمبر", 12),
      Map.entry("كانون الثاني", 1),
      Map.entry("شباط", 2),
      Map.entry("آذار", 3),
      Map.entry("نيسان", 4),
      Map.entry("أيار", 5),
      Map.entry("حزيران", 6),
      Map.entry("تموز", 7),
      Map.entry("آب", 8),
      Map.entry("أيلول", 9),
      Map.entry("تشرين الأول", 10),
      Map.entry("تشرين الثاني", 11),
      Map.entry("كانون الأول", 12));

  private Months() {}

  /** The month number 1-12 of a lower-case name, or 0. */
  static int number(String lower) {
    return NAMES.getOrDefault(lower, 0);
  }

  /** Whether a lower-case word is a month's name: a number beside one is a date, not a count. */
  public static boolean isMonth(String lower) {
    return NAMES.containsKey(lower);
  }
}
