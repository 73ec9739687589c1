package org.dispatches.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dispatches.extract.dates.Months;
import org.dispatches.extract.text.NumberWords;
import org.dispatches.extract.text.WordList;

/**
 * Finds the counts a sentence states, in digits or words, and leaves out numbers that are not
 * counts: years, dates, clock times, ages, percentages, money, measures, ratios ("nine in ten"),
 * ordinals, reference numbers and phone-like digit strings.
 */
final class NumberFinder {
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?");
  private static final Pattern DURATION =
      Pattern.compile("([a-z0-9-]+?)-(day|week|month)s?(?:-long)?");
  /** Words after a number that make it a measure, a time or money rather than a count of people. */
  private static final Set<String> NOT_COUNT_AFTER = Set.of(
      "%",
      "percent",
      "per",
      "km",
      "kilometres",
      "kilometers",
      "kilometre",
      "kilometer",
      "miles",
      "mile",
      "metres",
      "meters",
      "metre",
      "meter",
      "m",
      "hours",
      "hour",
      "minutes",
      "minute",
      "seconds",
      "years",
      "year",
      "decades",
      "kg",
      "tons",
      "tonnes",
      "tonne",
      "ton",
      "litres",
      "liters",
      "dollars",
      "shekels",
      "euros",
      "pounds",
      "usd",
      "am",
      "pm",
      "a.m",
      "p.m",
      "gmt",
      "bst",
      "est",
      "edt",
      "utc",
      "o'clock",
      "times",
      "sq",
      "square",
      "acres",
      "dunams",
      "calories",
      "mm",
      "cm",
      "billion-dollar",
      "bn",
      "yards",
      "feet",
      "storeys",
      "floors",
      "pages",
      "votes");

  private static final Set<String> NOT_COUNT_BEFORE = Set.of(
      "$",
      "€",
      "£",
      "us$",
      "aged",
      "age",
      "ages",
      "turned",
      "turning",
      "turns",
      "resolution",
      "route",
      "number",
      "no",
      "room",
      "article",
      "section",
      "chapter",
      "page",
      "flight",
      "channel",
      "kan",
      "phase",
      "building",
      "block",
      "street",
      "gate",
      "i",
      "ii",
      "paragraph",
      "covid",
      "g7",
      "g20",
      "top",
      "under-");
  /** Words right after "a" and a person that make the article count one casualty: "a Palestinian killed in a strike". */
  private static final Set<String> DEATH_AFTER = Set.of(
      "killed",
      "died",
      "slain",
      "murdered",
      "wounded",
      "injured",
      "shot",
      "massacred",
      "slaughtered");
  /** Auxiliaries between a vague crowd and its verb: "hundreds had been killed". */
  private static final Set<String> AUXILIARIES =
      Set.of("were", "was", "are", "is", "have", "has", "had", "been", "being");

  private static final Set<String> CASUALTY_VERBS = Set.of(
      "killing",
      "killed",
      "kill",
      "kills",
      "wounding",
      "wounded",
      "injuring",
      "injured",
      "dead",
      "leaving");
  private static final Set<String> PERSONS = Set.of(
      "man",
      "woman",
      "child",
      "boy",
      "girl",
      "person",
      "civilian",
      "palestinian",
      "israeli",
      "soldier",
      "journalist",
      "paramedic",
      "doctor",
      "nurse",
      "teenager",
      "baby",
      "infant",
      "fisherman",
      "farmer",
      "worker",
      "policeman",
      "militant",
      "fighter",
      "member",
      "youth",
      "resident",
      "student",
      "photographer",
      "medic",
      "citizen",
      "officer",
      "commander",
      "reservist",
      "hostage",
      "detainee",
      "national");
  /** Number words, and the article and person words of "killing a woman", for the sentence prefilter. */
  private static final WordList NUMBER_WORDS = new WordList(numberWords());

  private static final WordList ARTICLES = new WordList(Set.of("a", "an"));
  private static final WordList PERSON_WORDS = new WordList(PERSONS);
  /** Nouns that make a year-like number a count: "2000 people". */
  private static final Set<String> COUNTED_NOUNS = Set.of(
      "people",
      "palestinians",
      "israelis",
      "civilians",
      "children",
      "soldiers",
      "hostages",
      "prisoners",
      "trucks",
      "killed",
      "dead",
      "wounded",
      "injured");

  private static final Set<String> DURATION_UNITS =
      Set.of("days", "day", "weeks", "week", "months", "month");
  /** "5,000-7,000": a range in one token. */
  private static final Pattern RANGE =
      Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)-(\\d{1,3}(?:,\\d{3})+|\\d+)");

  private static final Set<String> ONE_UNIT_DURATION =
      Set.of("day-long", "week-long", "month-long");
  /** Vague quantities and the least each can mean. */
  private static final java.util.Map<String, Long> VAGUE = java.util.Map.of(
      "tens",
      10L,
      "hundreds",
      100L,
      "thousands",
      1_000L,
      "millions",
      1_000_000L,
      "dozens",
      12L,
      "scores",
      20L);
  /** Words before "of" that make the number after it a whole or a measure, not a count. */
  private static final Set<String> WHOLE_OF = Set.of(
      "third",
      "thirds",
      "quarter",
      "quarters",
      "half",
      "fifth",
      "fifths",
      "tenth",
      "fraction",
      "percent",
      "%",
      "population",
      "age",
      "ages",
      "share",
      "proportion",
      "majority",
      "most",
      "out");

  private static final Set<String> QUALIFIER_WORDS = Set.of(
      "about",
      "some",
      "roughly",
      "nearly",
      "almost",
      "around",
      "approximately",
      "estimated",
      "an",
      "more",
      "than",
      "over",
      "at",
      "least",
      "up",
      "to",
      "the",
      "its");
  /** Words after "one" that make it an idiom: "in one go", "one another", "one way or another". */
  private static final Set<String> ONE_IDIOMS =
      Set.of("go", "another", "way", "point", "hand", "day", "side", "thing");
  /** Words before "one" that make it no count: "every one of our hostages", "no one". */
  private static final Set<String> NOT_ONE_BEFORE =
      Set.of("every", "each", "any", "no", "anyone", "someone", "the");

  /**
   * Whether a sentence may state a count: it has an ASCII digit, a number word, or "a" or "an" and
   * a person word (for "killing a woman"). Sentences without any are not worth tokenizing. Words are compared as
   * runs of ASCII letters, lower-cased; the Kelvin sign, which lower-cases to "k", makes any sentence a candidate.
   */
  static boolean mayHoldCount(String sentence) {
    int n = sentence.length();
    boolean article = false, person = false;
    for (int i = 0; i < n; ) {
      char c = sentence.charAt(i);
      if (c >= '0' && c <= '9' || c == '\u212A') return true;
      if (!isAsciiLetter(c)) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && isAsciiLetter(sentence.charAt(end))) end++;
      if (NUMBER_WORDS.contains(sentence, i, end, true)) return true;
      if (end - i <= 2) article |= ARTICLES.contains(sentence, i, end, true);
      else person |= PERSON_WORDS.contains(sentence, i, end, true);
      if (article && person) return true;
      i = end;
    }
    return false;
  }

  /** The number, scale and vague-quantity words a count in words starts with or ends in. */
  private static Set<String> numberWords() {
    Set<String> words = new java.util.HashSet<>(NumberWords.units());
    words.addAll(Set.of(
        "hundred",
        "thousand",
        "million",
        "billion",
        "tens",
        "hundreds",
        "thousands",
        "millions",
        "dozens",
        "scores",
        "long"));
    return words;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The counts in a tokenized sentence, in order. */
  List<NumberMention> find(List<Token> tokens) {
    List<NumberMention> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      NumberMention m = numberAt(tokens, i);
      if (m == null) continue;
      if (m.isDuration() || isCount(tokens, m)) {
        out.add(m);
        // "5,000-7,000 displaced": the upper end is a figure of its own, bounded above
        NumberMention upper = rangeUpper(tokens.get(i).lower(), m);
        if (upper != null) out.add(upper);
      }
      i = m.last();
    }
    return out;
  }

  private static NumberMention rangeUpper(String t, NumberMention m) {
    if (m.first() != m.last() || m.isDuration()) return null;
    var r = RANGE.matcher(t);
    if (!r.matches()) return null;
    double hi = numeric(r.group(2));
    return hi > m.value()
        ? new NumberMention(m.first(), m.last(), (long) hi, null, NumberMention.Bound.RANGE_UPPER)
        : null;
  }

  private NumberMention numberAt(List<Token> tokens, int i) {
    String t = tokens.get(i).lower();
    if (t.indexOf('-') > 0
        && !t.contains("-day")
        && !t.contains("-week")
        && !t.contains("-month")) {
      var r = RANGE.matcher(t);
      if (r.matches()) {
        double lo = numeric(r.group(1));
        // "the 1000-1 prisoner exchange" is a ratio, not a range
        return lo > 0 && lo == Math.rint(lo) && numeric(r.group(2)) > lo
            ? new NumberMention(i, i, (long) lo, null)
            : null;
      }
    }
    if (ONE_UNIT_DURATION.contains(t))
      return new NumberMention(i, i, 1, t.substring(0, t.indexOf('-')));
    NumberMention vague = vagueAt(tokens, i);
    if (vague != null) return vague;
    NumberMention article = articleScaleAt(tokens, i);
    if (article != null) return article;
    NumberMention several = severalAt(tokens, i);
    if (several != null) return several;
    // the regex only where its "-day", "-week" or "-month" can be
    var d =
        t.indexOf('-') > 0 && (t.contains("-day") || t.contains("-week") || t.contains("-month"))
            ? DURATION.matcher(t)
            : null;
    if (d != null && d.matches()) {
      double v = numeric(d.group(1));
      return v > 0 ? new NumberMention(i, i, (long) v, d.group(2)) : null;
    }
    double value = indefiniteVictim(tokens, i) ? 1 : numeric(t);
    if (Double.isNaN(value)) value = hyphenScaled(t);
    if (Double.isNaN(value)) return null;
    int last = i;
    // "2.3 million", "two hundred", "two hundred thousand"
    while (last + 1 < tokens.size()) {
      long scale = NumberWords.scale(tokens.get(last + 1).lower());
      if (scale == 0) break;
      value *= scale;
      last++;
    }
    if (value != Math.rint(value)) return null; // "2.5" without a scale is a measure, not a count
    if (last + 1 < tokens.size() && DURATION_UNITS.contains(tokens.get(last + 1).lower())) {
      String unit = tokens.get(last + 1).lower();
      if (unit.endsWith("s")) unit = unit.substring(0, unit.length() - 1);
      return new NumberMention(i, last + 1, (long) value, unit);
    }
    return new NumberMention(i, last, (long) value, null);
  }

  /** "two-million": a number word or digits joined to a scale word by a hyphen, NaN otherwise. */
  private static double hyphenScaled(String t) {
    int dash = t.lastIndexOf('-');
    if (dash <= 0) return Double.NaN;
    long scale = NumberWords.scale(t.substring(dash + 1));
    if (scale < 1000) return Double.NaN;
    double v = numeric(t.substring(0, dash));
    return Double.isNaN(v) ? v : v * scale;
  }

  /**
   * "half a million", "a million", "a quarter of a million", "a thousand": an article (or a
   * fraction and an article) before a scale word of at least a thousand.
   */
  private static NumberMention articleScaleAt(List<Token> tokens, int i) {
    String t = tokens.get(i).lower();
    double fraction;
    int j;
    if (t.equals("a") || t.equals("an")) {
      fraction = 1;
      j = i + 1;
    } else if (t.equals("half")
        && i + 1 < tokens.size()
        && tokens.get(i + 1).lower().equals("a")) {
      fraction = 0.5;
      j = i + 2;
    } else if (t.equals("quarter")
        && i + 3 < tokens.size()
        && tokens.get(i + 1).lower().equals("of")
        && tokens.get(i + 2).lower().equals("a")) {
      fraction = 0.25;
      j = i + 3;
      if (i > 0 && tokens.get(i - 1).lower().equals("a")) i--;
    } else return null;
    if (j >= tokens.size()) return null;
    long scale = NumberWords.scale(tokens.get(j).lower());
    if (scale < 1000 || tokens.get(j).lower().equals("m")) return null;
    return new NumberMention(i, j, (long) (fraction * scale), null);
  }

  /**
   * "several hundred", "several thousand": a vague quantity read as its scale, as "hundreds" is
   * (the scale alone is no count: "hundred" needs a number before it).
   */
  private static NumberMention severalAt(List<Token> tokens, int i) {
    if (!tokens.get(i).lower().equals("several") || i + 1 >= tokens.size()) return null;
    long scale = NumberWords.scale(tokens.get(i + 1).lower());
    if (scale < 100 || tokens.get(i + 1).lower().equals("m")) return null;
    return new NumberMention(i, i + 1, scale, null, NumberMention.Bound.VAGUE_LOWER);
  }

  /**
   * A vague quantity: "tens of thousands", "hundreds of thousands", "thousands of", "hundreds of",
   * "millions of", "dozens of", "scores of", read as its lower bound (10,000, 100,000, 1,000, 100,
   * 1,000,000, 12, 20). Without "of" only the plural scales of a thousand and up count ("thousands
   * were displaced"); "scores" and "dozens" need the "of".
   */
  private static NumberMention vagueAt(List<Token> tokens, int i) {
    String t = tokens.get(i).lower();
    Long base = VAGUE.get(t);
    if (base == null) return null;
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
    if ((t.equals("tens") || t.equals("hundreds")) && next.equals("of") && i + 2 < tokens.size()) {
      Long inner = VAGUE.get(tokens.get(i + 2).lower());
      if (inner != null && inner >= 1000) {
        return new NumberMention(
            i, i + 2, (t.equals("tens") ? 10 : 100) * inner, null, NumberMention.Bound.VAGUE_LOWER);
      }
    }
    if (t.equals("tens")) return null;
    // "dozens of people", "among the hundreds killed"; "scores" and "dozens" alone are something
    // else
    String prev = i > 0 ? tokens.get(i - 1).lower() : "";
    if (!next.equals("of")
        && base < 1000
        && !(base == 100 && DEATH_AFTER.contains(verbAfter(tokens, i + 1)))
        && !CASUALTY_VERBS.contains(prev)) return null;
    return new NumberMention(i, i, base, null, NumberMention.Bound.VAGUE_LOWER);
  }

  /** The word at {@code j} or, after auxiliaries ("had been"), the first word that is none. */
  private static String verbAfter(List<Token> tokens, int j) {
    while (j < tokens.size() && AUXILIARIES.contains(tokens.get(j).lower())) j++;
    return j < tokens.size() ? tokens.get(j).lower() : "";
  }

  /**
   * "killing a woman", "a Hamas militant was killed": "a" before a person counts one, when a
   * casualty verb precedes it or a passive verb follows the person.
   */
  private static boolean indefiniteVictim(List<Token> tokens, int i) {
    String t = tokens.get(i).lower();
    if (!(t.equals("a") || t.equals("an")) || i + 1 >= tokens.size()) return false;
    int person = -1;
    for (int j = i + 1; j < tokens.size() && j - i <= 3 && person < 0; j++) {
      String w = tokens.get(j).lower();
      if (PERSONS.contains(w) || w.endsWith("-year-old")) person = j;
      else if (!tokens.get(j).isWord()) return false;
    }
    if (person < 0) return false;
    String before = i > 0 ? tokens.get(i - 1).lower() : "";
    String after = person + 1 < tokens.size() ? tokens.get(person + 1).lower() : "";
    String after2 = person + 2 < tokens.size() ? tokens.get(person + 2).lower() : "";
    // "killing a woman", "of a Palestinian", "a soldier was killed", "a Palestinian killed in a
    // strike", "a man who died"
    return CASUALTY_VERBS.contains(before)
        || before.equals("of")
        || after.equals("was")
        || after.equals("is")
        || DEATH_AFTER.contains(after)
        || after.equals("who") && (after2.equals("was") || DEATH_AFTER.contains(after2));
  }

  /** Whether a word names one person ("civilian", "soldier", "Palestinian"). */
  static boolean person(String lower) {
    return PERSONS.contains(lower) || MORE_PERSONS.contains(lower);
  }

  /** People "one" may count beside {@link #PERSONS} ("one Lebanese"); not used for "a"/"an", which is far more often no count. */
  private static final Set<String> MORE_PERSONS = Set.of(
      "lebanese",
      "american",
      "syrian",
      "egyptian",
      "british",
      "french",
      "prisoner",
      "staff",
      "employee",
      "peacekeeper",
      "colleague",
      "relative",
      "victim",
      "guard",
      "pilot",
      "leader",
      "official",
      "volunteer",
      "thai");

  /** The value of one digit or number-word token, NaN when it is not a number. */
  static double numeric(String lower) {
    if (lower.isEmpty()) return Double.NaN;
    if (Character.isDigit(lower.charAt(0)) && DIGITS.matcher(lower).matches()) {
      String plain = lower.replace(",", "");
      return plain.length() > 12 ? Double.NaN : Double.parseDouble(plain);
    }
    long w = NumberWords.wordValue(lower);
    return w < 0 ? Double.NaN : w;
  }

  private static boolean isCount(List<Token> tokens, NumberMention m) {
    Token first = tokens.get(m.first());
    String raw = first.text();
    String before = m.first() > 0 ? tokens.get(m.first() - 1).lower() : "";
    String before2 = m.first() > 1 ? tokens.get(m.first() - 2).lower() : "";
    String after = m.last() + 1 < tokens.size() ? tokens.get(m.last() + 1).lower() : "";
    String after2 = m.last() + 2 < tokens.size() ? tokens.get(m.last() + 2).lower() : "";
    // "one 12-year-old girl", "two 16-year-old boys" count people; digits before an age do not
    if (NOT_COUNT_AFTER.contains(after)
        || after.endsWith("-year-old") && !Character.isLetter(raw.charAt(0))) return false;
    if (NOT_COUNT_BEFORE.contains(before)) return false;
    if (m.value() == 1
        && raw.equalsIgnoreCase("one")
        && (NOT_ONE_BEFORE.contains(before) || partOfVague(tokens, m.last()))) return false;
    if (partOfWhole(tokens, m.first())) return false;
    // "a third of Hamas's 30,000 to 40,000 fighters": the range's upper end is the same whole
    if (before.equals("to")
        && m.first() > 1
        && !Double.isNaN(numeric(before2))
        && partOfWhole(tokens, m.first() - 2)) return false;
    if (m.value() == 1 && raw.equalsIgnoreCase("one") && ONE_IDIOMS.contains(after)) return false;
    // "Kfir, now two,": an age in an apposition
    if (before.equals("now") && before2.equals(",") && after.equals(",") && m.value() < 120)
      return false;
    if (Months.isMonth(before)
        || Months.isMonth(after)
        || (before.equals(".") && Months.isMonth(before2))) return false;
    if (after.equals("/") || before.equals("/") || clockTime(tokens, m)) return false;
    if (before.equals("+") || raw.length() >= 7 && raw.startsWith("0")) return false;
    if (isYear(raw, m) && !countedNounAfter(after)) return false;
    if ((after.equals("in") || after.equals("out")) && ratioPartner(tokens, m.last() + 2))
      return false;
    if (before.equals("in") && m.first() > 1 && numeric(before2) > 0) return false;
    if (after.equals("years")
        || after.equals("year")
        || after2.equals("old") && after.equals("years")) return false;
    return !isAgeApposition(tokens, m);
  }

  /**
   * "a third of Hamas's 30,000 fighters", "half of Gaza's roughly 2.3 million people", "a population
   * of 48 million", "the age of 19": the number is the whole a share or a measure is taken of.
   */
  private static boolean partOfWhole(List<Token> tokens, int first) {
    int j = first - 1;
    while (j >= 0 && QUALIFIER_WORDS.contains(tokens.get(j).lower())) j--;
    if (j >= 0 && !Possessives.strip(tokens.get(j).lower()).equals(tokens.get(j).lower())) {
      j--; // "Gaza's", "the militia's"
      if (j >= 0
          && (tokens.get(j).lower().equals("the") || tokens.get(j).lower().equals("its"))) j--;
    }
    if (j < 1 || !tokens.get(j).lower().equals("of")) return false;
    return WHOLE_OF.contains(tokens.get(j - 1).lower());
  }

  /** "one of the thousands who fled": one member of a vague crowd is no count. */
  private static boolean partOfVague(List<Token> tokens, int last) {
    int j = last + 1;
    if (j >= tokens.size() || !tokens.get(j).lower().equals("of")) return false;
    j++;
    if (j < tokens.size()
        && (tokens.get(j).lower().equals("the") || tokens.get(j).lower().equals("those"))) j++;
    if (j >= tokens.size()) return false;
    String w = tokens.get(j).lower();
    return VAGUE.containsKey(w) || w.equals("many");
  }

  /** "10:30": digits on both sides of a colon with no space between; "is 1,139: 685 civilians" is a count and a list. */
  private static boolean clockTime(List<Token> tokens, NumberMention m) {
    int a = m.last() + 1, b = m.first() - 1;
    if (a + 1 < tokens.size()
        && tokens.get(a).text().equals(":")
        && isDigit(tokens.get(a + 1).lower())
        && tokens.get(a).start() == tokens.get(m.last()).end()
        && tokens.get(a + 1).start() == tokens.get(a).end()) return true;
    return b >= 1
        && tokens.get(b).text().equals(":")
        && isDigit(tokens.get(b - 1).lower())
        && tokens.get(b).start() == tokens.get(b - 1).end()
        && tokens.get(m.first()).start() == tokens.get(b).end();
  }

  private static boolean isDigit(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(0));
  }

  private static boolean isYear(String raw, NumberMention m) {
    if (m.first() != m.last() || raw.length() != 4 || !raw.chars().allMatch(Character::isDigit))
      return false;
    int v = Integer.parseInt(raw);
    return v >= 1900 && v <= 2100;
  }

  /** "2000 people": a noun that counts people makes a year-like number a count. */
  private static boolean countedNounAfter(String after) {
    return COUNTED_NOUNS.contains(after);
  }

  private static boolean ratioPartner(List<Token> tokens, int i) {
    if (i >= tokens.size()) return false;
    String t = tokens.get(i).lower();
    if (t.equals("of") && i + 1 < tokens.size()) t = tokens.get(i + 1).lower();
    return numeric(t) > 0;
  }

  /** "Suzanne Armstrong, 27, was..." : a number between commas right after a name is an age. */
  private static boolean isAgeApposition(List<Token> tokens, NumberMention m) {
    if (m.first() < 2 || m.last() + 1 >= tokens.size()) return false;
    return tokens.get(m.first() - 1).text().equals(",")
        && tokens.get(m.last() + 1).text().equals(",")
        && tokens.get(m.first() - 2).isCapitalized()
        && m.value() < 120;
  }
}
