package org.dispatches.extract.eval;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dispatches.extract.dates.Months;

/**
 * Whether a sentence states a number that could count people, the denominator of the death-mention
 * yield. A number is a digit string or a number word ("one" aside: it is too often a pronoun); it
 * cannot count people when it is part of a date ("Oct. 12, 2023", "7 October"), a year, a clock
 * time ("7:30 a.m."), an age ("a 24-year-old", "aged 19", "Omer Balva, 22,"), a length of time, a
 * measure, a share or money ("10 days", "a 10-day truce", "20 percent", "$100 million"), or a
 * reference number ("page 12", "Resolution 242"). Written apart from the extractor on purpose: the
 * measure must not follow what the extractor happens to read. A number word glued to the word
 * before it by a scrape ("BelarusThree Belarusian nationals") is a count like any other.
 */
final class PeopleCount {
  /** A number in digits or a number word ("one" aside). */
  private static final Pattern NUMBER = Pattern.compile(
      "\\b(\\d[\\d,]*(?:\\.\\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
          + "dozen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)\\b",
      Pattern.CASE_INSENSITIVE);
  /** A capitalized number word glued by a scrape to the lower-case word before it ("BelarusThree"). */
  private static final Pattern GLUED = Pattern.compile(
      "(?<=\\p{Ll})(Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|"
          + "Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|"
          + "Eighty|Ninety)\\b");

  private static final Pattern MONEY = Pattern.compile("[$£€]\\d[\\d,.]*");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** Words after a number that make it a time, a measure, a share or money. */
  private static final Set<String> UNITS_AFTER = Set.of(
      "years",
      "year",
      "months",
      "month",
      "weeks",
      "week",
      "days",
      "day",
      "hours",
      "hour",
      "minutes",
      "minute",
      "seconds",
      "decades",
      "centuries",
      "nights",
      "miles",
      "mile",
      "km",
      "kilometers",
      "kilometres",
      "meters",
      "metres",
      "feet",
      "yards",
      "acres",
      "percent",
      "%",
      "dollars",
      "shekels",
      "euros",
      "pounds",
      "a.m",
      "p.m",
      "am",
      "pm",
      "o'clock",
      "times",
      "points",
      "degrees",
      "tons",
      "tonnes",
      "pages",
      "square",
      "inches",
      "billion");
  /** Words joined to a number by a hyphen that make a compound adjective of time or measure ("10-day"). */
  private static final Set<String> HYPHEN_UNITS = Set.of(
      "year",
      "month",
      "week",
      "day",
      "hour",
      "minute",
      "mile",
      "story",
      "storey",
      "state",
      "point",
      "page",
      "foot",
      "meter",
      "metre",
      "kilometer",
      "kilometre",
      "second",
      "inch",
      "night",
      "acre",
      "decade",
      "century",
      "percent",
      "thirds",
      "quarters",
      "fifths");
  /** Words before a number that make it an age, a reference or money. */
  private static final Set<String> BEFORE = Set.of(
      "aged",
      "age",
      "ages",
      "page",
      "pages",
      "no",
      "number",
      "resolution",
      "route",
      "highway",
      "flight",
      "article",
      "room",
      "channel",
      "chapter",
      "section",
      "paragraph",
      "gate",
      "platform",
      "bus",
      "apartment",
      "building",
      "unit",
      "$",
      "£",
      "€",
      "us$",
      "day",
      "covid");

  private PeopleCount() {}

  /** Whether {@code sentence} holds at least one number that could count people. */
  static boolean stated(String sentence) {
    Matcher m = NUMBER.matcher(sentence);
    while (m.find()) if (couldCountPeople(sentence, m.start(1), m.end(1))) return true;
    return GLUED.matcher(sentence).find();
  }

  private static boolean couldCountPeople(String s, int start, int end) {
    String number = s.substring(start, end).toLowerCase(Locale.ROOT);
    boolean digits = Character.isDigit(number.charAt(0));
    String before = wordBefore(s, start).toLowerCase(Locale.ROOT);
    String after = wordAfter(s, end);
    if (Months.isMonth(before) || Months.isMonth(after)) return false;
    if (digits && isYear(number) && !"people".equals(after)) return false;
    if (digits && (number.contains(".") && !scaleAfter(after))) return false; // "3.5 miles"
    // a clock time "7:30" or a ratio "1:1"; "at 7" alone is kept, it may be a count
    if (end < s.length()
        && s.charAt(end) == ':'
        && end + 1 < s.length()
        && Character.isDigit(s.charAt(end + 1))) return false;
    if (start > 0
        && s.charAt(start - 1) == ':'
        && start > 1
        && Character.isDigit(s.charAt(start - 2))) return false;
    if (start > 0 && "$£€#/".indexOf(s.charAt(start - 1)) >= 0) return false;
    if (end < s.length() && s.charAt(end) == '/') return false;
    if (end < s.length() && s.charAt(end) == '%') return false;
    if (end < s.length() && s.charAt(end) == '-') {
      String joined = hyphenWord(s, end + 1);
      if (HYPHEN_UNITS.contains(joined)) return false; // "10-day", "a 24-year-old", "two-state"
    }
    if (UNITS_AFTER.contains(after)) return false;
    if (BEFORE.contains(before)) return false;
    if (ageApposition(s, start, end)) return false;
    // "was killed.7.": a note's number glued to the end of a sentence
    if (digits
        && start > 1
        && s.charAt(start - 1) == '.'
        && Character.isLetter(s.charAt(start - 2))) return false;
    // "$100 million": a scale word after money is money too
    return !(scaleWord(number) && MONEY.matcher(wordBefore(s, start)).matches());
  }

  /**
   * "Omer Balva, 22, a reservist", "said Sam Genack, 27.": a number under 120 after a comma right
   * after a name, before a comma or the sentence's end.
   */
  private static boolean ageApposition(String s, int start, int end) {
    int i = start - 1;
    while (i >= 0 && s.charAt(i) == ' ') i--;
    if (i < 0 || s.charAt(i) != ',') return false;
    int j = end;
    while (j < s.length() && s.charAt(j) == ' ') j++;
    if (j < s.length() && s.charAt(j) != ',' && !(s.charAt(j) == '.' && j + 1 >= s.length()))
      return false;
    String word = wordBefore(s, i);
    String raw = s.substring(start, end);
    if (word.isEmpty() || !raw.chars().allMatch(Character::isDigit) || raw.length() > 3)
      return false;
    return word.chars().anyMatch(Character::isUpperCase) && Integer.parseInt(raw) < 120;
  }

  private static boolean isYear(String number) {
    if (number.length() != 4 || !number.chars().allMatch(Character::isDigit)) return false;
    int v = Integer.parseInt(number);
    return v >= 1900 && v <= 2100;
  }

  private static boolean scaleAfter(String after) {
    return scaleWord(after);
  }

  private static boolean scaleWord(String w) {
    return w.equals("million") || w.equals("billion") || w.equals("thousand");
  }

  /** The word (letters, digits, '$' and the like) right before {@code at}, skipping blanks and one period. */
  private static String wordBefore(String s, int at) {
    int e = at;
    while (e > 0 && s.charAt(e - 1) == ' ') e--;
    if (e > 0 && s.charAt(e - 1) == '.') e--; // "Oct. 12"
    int b = e;
    while (b > 0
        && !Character.isWhitespace(s.charAt(b - 1))
        && s.charAt(b - 1) != ','
        && s.charAt(b - 1) != '(') b--;
    return s.substring(b, e);
  }

  /** The lower-case word right after {@code at}: letters, digits, '%', apostrophes and periods inside ("a.m"). */
  private static String wordAfter(String s, int at) {
    int b = at;
    while (b < s.length() && s.charAt(b) == ' ') b++;
    int e = b;
    while (e < s.length()
        && (Character.isLetterOrDigit(s.charAt(e)) || "%'.".indexOf(s.charAt(e)) >= 0)) e++;
    while (e > b && s.charAt(e - 1) == '.') e--;
    return s.substring(b, e).toLowerCase(Locale.ROOT);
  }

  private static String hyphenWord(String s, int from) {
    Matcher w = WORD.matcher(s);
    return w.find(from) && w.start() == from ? w.group().toLowerCase(Locale.ROOT) : "";
  }
}
