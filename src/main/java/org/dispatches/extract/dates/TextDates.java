package org.dispatches.extract.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dispatches.extract.text.NumberWords;
import org.dispatches.extract.text.PatternAt;

/**
 * Reads dates out of a report's text: the publication date the text states ("Published on: April
 * 9, 2024", a date line near the top, a dateline "GAZA, April 9, 2024 -"), and the event dates it
 * mentions. A date without a year ("March 14") is kept only when a year is known to resolve it.
 */
public final class TextDates {
  /** A capitalized word or an Arabic word pair; checked against the month names after matching (faster than a long alternation). */
  private static final String MONTH =
      "(?:[A-Z][a-z]{2,8}|[\\u0600-\\u06FF]+(?: [\\u0600-\\u06FF]+)?)";
  /** A date with or without a year, in the orders English and Arabic reports use. */
  private static final Pattern DATE = Pattern.compile(
      "(?u)\\b(?:(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (" + MONTH + ")\\.?(?:,? (\\d{4}))?" + "|("
          + MONTH
          + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?|(\\d{4})-(\\d{2})-(\\d{2}))(?![\\p{L}\\d])");

  private static final Pattern PUBLISHED = Pattern.compile(
      "(?i)\\b(?:published|posted|updated|first published|date)\\s*(?:on|at)?\\s*:?\\s*");
  private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Z .'-]{2,30},\\s*");
  /** The words a {@link #PUBLISHED} match starts with ("first" of "first published"). */
  private static final List<String> PUBLISHED_WORDS =
      List.of("published", "posted", "updated", "first", "date");

  private static final int HEAD_LINES = 4;
  private static final Set<String> DATE_LINE_WORDS = Set.of(
      "monday",
      "tuesday",
      "wednesday",
      "thursday",
      "friday",
      "saturday",
      "sunday",
      "am",
      "pm",
      "gmt",
      "est",
      "edt",
      "bst",
      "cet",
      "utc",
      "st",
      "nd",
      "rd",
      "th",
      "t",
      "z");
  private final DateParser parser = new DateParser();

  /** The publication date the text states, or null. */
  public LocalDate publication(String text) {
    if (text == null) return null;
    String t = NumberWords.asciiDigits(text);
    PatternAt p = new PatternAt(PUBLISHED, t);
    int end = 0;
    int[] starts = PatternAt.wordStarts(t, (w, from, to) -> startsPublishedWord(w, from, to));
    for (int start : starts) {
      if (start < end || !p.matchesAt(start)) continue;
      end = p.matcher().end();
      LocalDate d = fullDateAt(t, end);
      if (d != null) return d;
    }
    String[] lines = t.strip().split("\n", HEAD_LINES + 1);
    for (int i = 0; i < Math.min(HEAD_LINES, lines.length); i++) {
      String line = lines[i].strip();
      // a line that is only a date, maybe with weekday and time (LexisNexis, many CMS pages)
      if (line.length() <= 60 && dateOnly(line)) return parser.parse(line);
      // a dateline: "GAZA CITY, April 9, 2024 (Reuters) -"
      Matcher m = DATELINE.matcher(line);
      if (m.find()) {
        LocalDate d = fullDateAt(line, m.end());
        if (d != null) return d;
      }
    }
    return null;
  }

  /** Whether the ASCII word text[from, to) starts like a {@link #PUBLISHED} match ("dated" may match as "date"). */
  private static boolean startsPublishedWord(String text, int from, int to) {
    char c = (char) (text.charAt(from) | 0x20); // ASCII letters only: lower case
    if (c != 'p' && c != 'u' && c != 'f' && c != 'd') return false;
    for (String w : PUBLISHED_WORDS) {
      if (to - from >= w.length() && text.regionMatches(true, from, w, 0, w.length())) return true;
    }
    return false;
  }

  /** A line holding a whole date and nothing else but a weekday, a time or a zone. */
  private boolean dateOnly(String line) {
    if (parser.parse(line) == null) return false;
    String rest = line.replaceAll("[\\d:,.\\s|+()/-]+", " ").strip().toLowerCase(Locale.ROOT);
    for (String w : rest.split(" ")) {
      if (!w.isEmpty() && Months.number(w) == 0 && !DATE_LINE_WORDS.contains(w)) return false;
    }
    return true;
  }

  private LocalDate fullDateAt(String t, int at) {
    Matcher m = DATE.matcher(t).region(at, t.length());
    if (!m.lookingAt()) return null;
    return resolve(m, 0);
  }

  /** The dates the text mentions, in order, distinct; partial dates resolved against the publication year, dropped when it is unknown. */
  public List<LocalDate> mentioned(String text, LocalDate publication) {
    Set<LocalDate> out = new LinkedHashSet<>();
    if (text == null) return new ArrayList<>();
    String t = NumberWords.asciiDigits(text);
    int[] starts = DateStarts.of(t);
    if (starts == null) return mentionedEverywhere(t, publication);
    PatternAt at = new PatternAt(DATE, t);
    int pos = 0;
    for (int start : starts) {
      if (start < pos || !at.matchesAt(start)) continue;
      Matcher m = at.matcher();
      LocalDate d = resolve(m, publication == null ? 0 : publication.getYear());
      // a word that is no month ("Sunday 7") must not hide a date that starts inside it
      pos = d == null ? start + 1 : m.end();
      if (d != null) out.add(yearBefore(m, d, publication));
    }
    return new ArrayList<>(out);
  }

  /** The same scan trying every position: for texts whose dates {@link DateStarts} cannot place. */
  private static List<LocalDate> mentionedEverywhere(String t, LocalDate publication) {
    Set<LocalDate> out = new LinkedHashSet<>();
    Matcher m = DATE.matcher(t);
    for (int pos = 0; pos < t.length() && m.find(pos); ) {
      LocalDate d = resolve(m, publication == null ? 0 : publication.getYear());
      pos = d == null ? m.start() + 1 : m.end();
      if (d != null) out.add(yearBefore(m, d, publication));
    }
    return new ArrayList<>(out);
  }

  /** "December 20" in a report of January 2025 is the December before. */
  private static LocalDate yearBefore(Matcher m, LocalDate d, LocalDate publication) {
    boolean noYear = m.group(3) == null && m.group(6) == null && m.group(7) == null;
    return publication != null && noYear && d.isAfter(publication.plusDays(7))
        ? d.minusYears(1)
        : d;
  }

  private static LocalDate resolve(Matcher m, int knownYear) {
    try {
      if (m.group(7) != null) return LocalDate.of(i(m.group(7)), i(m.group(8)), i(m.group(9)));
      boolean dayFirst = m.group(1) != null;
      String month = dayFirst ? m.group(2) : m.group(4);
      String day = dayFirst ? m.group(1) : m.group(5);
      String year = dayFirst ? m.group(3) : m.group(6);
      int y = year != null ? i(year) : knownYear;
      if (y == 0) return null;
      int mo = Months.number(month.toLowerCase(Locale.ROOT));
      return mo == 0 ? null : LocalDate.of(y, mo, i(day));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static int i(String s) {
    return Integer.parseInt(s);
  }
}
