package org.dispatches.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the figures of an Arabic report: a count in digits (Western or Arabic-Indic, already made
 * ASCII) or in words, with its scale ("200 ألف", "18 ألفا و877"), and what it counts from the
 * noun after it ("56 شهيدا", "552 شاحنة مساعدات", "4 قتلى") or the verbal noun or verb before it
 * ("استشهاد 25 فلسطينيا", "إصابة 4 أشخاص", "اعتقال 16"). Letters glued to a word as prefixes (و،
 * ب، ل، ف، ال) are read off it. Durations next to a truce word give truce days ("هدنة لمدة 60
 * يوما"). Arabic has no capitals to find a source by, so the attribution is left to the sources
 * table: a known source named in the sentence ("وزارة الصحة").
 */
final class ArabicFigures {
  /** Noun stems after the number, by kind. A word counts when, prefixes off, it starts with one. */
  private static final Map<String, FigureKind> NOUNS = Map.ofEntries(
      Map.entry("شهيد", FigureKind.KILLED),
      Map.entry("شهداء", FigureKind.KILLED),
      Map.entry("قتيل", FigureKind.KILLED),
      Map.entry("قتلى", FigureKind.KILLED),
      Map.entry("وفاة", FigureKind.KILLED),
      Map.entry("وفيات", FigureKind.KILLED),
      Map.entry("ضحية", FigureKind.KILLED),
      Map.entry("ضحايا", FigureKind.KILLED),
      Map.entry("جثمان", FigureKind.KILLED),
      Map.entry("جثامين", FigureKind.KILLED),
      Map.entry("جثة", FigureKind.KILLED),
      Map.entry("جثث", FigureKind.KILLED),
      Map.entry("جريح", FigureKind.WOUNDED),
      Map.entry("جرحى", FigureKind.WOUNDED),
      Map.entry("مصاب", FigureKind.WOUNDED),
      Map.entry("إصابة", FigureKind.WOUNDED),
      Map.entry("إصابات", FigureKind.WOUNDED),
      Map.entry("أسير", FigureKind.PRISONERS),
      Map.entry("أسرى", FigureKind.PRISONERS),
      Map.entry("معتقل", FigureKind.PRISONERS),
      Map.entry("سجين", FigureKind.PRISONERS),
      Map.entry("سجناء", FigureKind.PRISONERS),
      Map.entry("رهينة", FigureKind.HOSTAGES),
      Map.entry("رهائن", FigureKind.HOSTAGES),
      Map.entry("محتجز", FigureKind.HOSTAGES),
      Map.entry("مختطف", FigureKind.HOSTAGES),
      Map.entry("نازح", FigureKind.DISPLACED),
      Map.entry("لاجئ", FigureKind.DISPLACED),
      Map.entry("مهجر", FigureKind.DISPLACED),
      Map.entry("مفقود", FigureKind.MISSING),
      Map.entry("شاحنة", FigureKind.AID_TRUCKS),
      Map.entry("شاحنات", FigureKind.AID_TRUCKS));
  /** Verbs and verbal nouns before the number, by kind. */
  private static final Map<String, FigureKind> BEFORE = Map.ofEntries(
      Map.entry("استشهاد", FigureKind.KILLED),
      Map.entry("استشهد", FigureKind.KILLED),
      Map.entry("مقتل", FigureKind.KILLED),
      Map.entry("قتل", FigureKind.KILLED),
      Map.entry("وفاة", FigureKind.KILLED),
      Map.entry("انتشال", FigureKind.KILLED),
      Map.entry("تقتل", FigureKind.KILLED),
      Map.entry("يقتل", FigureKind.KILLED),
      Map.entry("قتلت", FigureKind.KILLED),
      Map.entry("اغتيال", FigureKind.KILLED),
      Map.entry("إصابة", FigureKind.WOUNDED),
      Map.entry("أصيب", FigureKind.WOUNDED),
      Map.entry("جرح", FigureKind.WOUNDED),
      Map.entry("اعتقال", FigureKind.PRISONERS),
      Map.entry("اعتقل", FigureKind.PRISONERS),
      Map.entry("أسر", FigureKind.HOSTAGES),
      Map.entry("اختطاف", FigureKind.HOSTAGES),
      Map.entry("نزوح", FigureKind.DISPLACED),
      Map.entry("تهجير", FigureKind.DISPLACED),
      Map.entry("دخول", FigureKind.AID_TRUCKS));
  /** A toll noun: "ارتفعت حصيلة الشهداء إلى 43". */
  private static final Set<String> TOLL = Set.of("حصيلة", "عدد");

  private static final Set<String> TRUCE = Set.of("هدنة", "الهدنة", "تهدئة", "التهدئة", "وقف");
  private static final Map<String, Integer> DAYS = Map.of(
      "يوما", 1, "يوم", 1, "أيام", 1, "أسبوع", 7, "أسابيع", 7, "أسبوعا", 7, "شهر", 30, "أشهر", 30,
      "شهرا", 30);
  /** Words after a number that make it a time, a measure or money, not a count. */
  private static final Set<String> NOT_COUNT_AFTER = Set.of(
      "ساعة",
      "ساعات",
      "عاما",
      "عام",
      "سنة",
      "سنوات",
      "دقيقة",
      "دقائق",
      "كيلومتر",
      "كيلومترا",
      "كلم",
      "متر",
      "مترا",
      "دولار",
      "دولارا",
      "شيكل",
      "طن",
      "%",
      "بالمئة",
      "بالمائة",
      "يناير",
      "فبراير",
      "مارس",
      "أبريل",
      "مايو",
      "يونيو",
      "يوليو",
      "أغسطس",
      "سبتمبر",
      "أكتوبر",
      "نوفمبر",
      "ديسمبر",
      "كانون",
      "شباط",
      "آذار",
      "نيسان",
      "أيار",
      "حزيران",
      "تموز",
      "آب",
      "أيلول",
      "تشرين");
  /** Words before a number that make it an ordinal or a date: "اليوم الـ423", "عام 2023". */
  private static final Set<String> NOT_COUNT_BEFORE =
      Set.of("اليوم", "يوم", "عام", "العام", "سنة", "رقم", "القرار", "الساعة", "منذ");

  private static final Map<String, Long> WORDS = Map.ofEntries(
      Map.entry("واحد", 1L),
      Map.entry("اثنان", 2L),
      Map.entry("اثنين", 2L),
      Map.entry("ثلاثة", 3L),
      Map.entry("ثلاث", 3L),
      Map.entry("أربعة", 4L),
      Map.entry("أربع", 4L),
      Map.entry("خمسة", 5L),
      Map.entry("خمس", 5L),
      Map.entry("ستة", 6L),
      Map.entry("ست", 6L),
      Map.entry("سبعة", 7L),
      Map.entry("سبع", 7L),
      Map.entry("ثمانية", 8L),
      Map.entry("ثماني", 8L),
      Map.entry("تسعة", 9L),
      Map.entry("تسع", 9L),
      Map.entry("عشرة", 10L),
      Map.entry("عشر", 10L),
      Map.entry("عشرون", 20L),
      Map.entry("عشرين", 20L),
      Map.entry("ثلاثون", 30L),
      Map.entry("ثلاثين", 30L),
      Map.entry("أربعون", 40L),
      Map.entry("أربعين", 40L),
      Map.entry("خمسون", 50L),
      Map.entry("خمسين", 50L),
      Map.entry("مئة", 100L),
      Map.entry("مائة", 100L),
      Map.entry("ألف", 1000L),
      Map.entry("مليون", 1_000_000L),
      Map.entry("عشرات", 10L),
      Map.entry("مئات", 100L),
      Map.entry("آلاف", 1000L));
  private static final Map<String, Long> SCALES = Map.of(
      "ألف",
      1000L,
      "ألفا",
      1000L,
      "آلاف",
      1000L,
      "مليون",
      1_000_000L,
      "ملايين",
      1_000_000L,
      "مليونا",
      1_000_000L,
      "الف",
      1000L,
      "الفا",
      1000L,
      "الاف",
      1000L);
  /** Verbs after the number: "30 شخصا قتلوا". */
  private static final Map<String, FigureKind> VERBS_AFTER = Map.of(
      "قتلوا",
      FigureKind.KILLED,
      "استشهدوا",
      FigureKind.KILLED,
      "أصيبوا",
      FigureKind.WOUNDED,
      "جرحوا",
      FigureKind.WOUNDED,
      "اعتقلوا",
      FigureKind.PRISONERS,
      "نزحوا",
      FigureKind.DISPLACED,
      "قضوا",
      FigureKind.KILLED,
      "لقوا",
      FigureKind.KILLED);
  /** Dual durations: "يومين" is two days. */
  private static final Map<String, Integer> DUAL_DAYS =
      Map.of("يومين", 2, "أسبوعين", 14, "شهرين", 60);

  private static final String PREFIXES = "وبلفك";
  /** Verbs and prepositions of reported speech: "أعلنت وزارة الصحة", "بحسب", "وفقا". */
  private static final Set<String> SPEECH = Set.of(
      "أعلن", "أعلنت", "قال", "قالت", "أفاد", "أفادت", "ذكر", "ذكرت", "أكد", "أكدت", "حسب", "بحسب",
      "وفق", "وفقا", "نقلا", "صرح", "أوضح", "أوضحت", "أشار", "أشارت", "حسبما", "أحصى", "أحصت");
  /** Words around a number that make it part of the figure before it: "بينهم 147 طفلا", "15 منهم". */
  private static final Set<String> SUBSET =
      Set.of("بينهم", "منهم", "بينها", "منها", "بينهن", "منهن");

  private static final List<String> PROPOSAL_STEMS =
      List.of("اقترح", "مقترح", "يقترح", "تقترح", "عرض", "اقتراح");
  private static final Set<String> MODALS =
      Set.of("قد", "سوف", "يتوقع", "متوقع", "المتوقع", "يحتمل");

  private final SourceNames sources;

  ArabicFigures(SourceNames sources) {
    this.sources = sources;
  }

  /**
   * Whether a text is Arabic: more Arabic letters than Latin ones among its first {@value #SAMPLE}
   * letters (a report's script shows at its start; reading all of a long English text costs).
   */
  static boolean isArabic(String text) {
    int arabic = 0, latin = 0;
    for (int i = 0, n = text.length(); i < n && arabic + latin < SAMPLE; i++) {
      char c = text.charAt(i);
      if (c >= '\u0621' && c <= '\u064A') arabic++;
      else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') latin++;
    }
    return arabic > latin;
  }

  private static final int SAMPLE = 300;

  /** The figures of one sentence of Arabic text, digits already ASCII. */
  List<Figure> sentence(String sentence) {
    List<Figure> out = new ArrayList<>();
    List<Token> tokens = Token.tokenize(sentence);
    String source = source(sentence);
    FigureKind previous = null;
    for (int i = 0; i < tokens.size(); i++) {
      Integer dual = DUAL_DAYS.get(bare(tokens.get(i).lower()));
      if (dual != null && truceBefore(tokens, i)) {
        out.add(new Figure(
            FigureKind.TRUCE_DAYS.id(),
            dual,
            null,
            null,
            sourceText(sentence),
            sentence,
            claim(tokens, i),
            source));
        continue;
      }
      long[] number = number(tokens, i);
      if (number == null) continue;
      long value = number[0];
      int last = (int) number[1];
      String before = i > 0 ? bare(tokens.get(i - 1).lower()) : "";
      String after = last + 1 < tokens.size() ? bare(tokens.get(last + 1).lower()) : "";
      if (NOT_COUNT_BEFORE.contains(before)
          || NOT_COUNT_BEFORE.contains(tokens.get(i).lower().replace("ـ", ""))
          || tokens.get(i).lower().startsWith("ال")
              && !Character.isDigit(tokens.get(i).lower().charAt(0))) {
        i = last;
        continue;
      }
      Integer unit = DAYS.get(after);
      if (unit != null) {
        if (truceBefore(tokens, i)) {
          out.add(new Figure(
              FigureKind.TRUCE_DAYS.id(),
              value * unit,
              qualifier(tokens, i, last),
              null,
              sourceText(sentence),
              sentence,
              claim(tokens, i),
              source));
        }
        i = last;
        continue;
      }
      if (NOT_COUNT_AFTER.contains(after)) {
        i = last;
        continue;
      }
      String rawBefore = i > 0 ? tokens.get(i - 1).lower() : "";
      String rawAfter = last + 1 < tokens.size() ? tokens.get(last + 1).lower() : "";
      FigureKind noun = nounAfter(tokens, last);
      FigureKind kind = noun == null && (SUBSET.contains(rawBefore) || SUBSET.contains(rawAfter))
          ? previous
          : noun;
      FigureKind verb = cueBefore(tokens, i);
      // "باستشهاد 40 فلسطينيا": a verbal noun right before the number names what it counts
      if (verb != null && i > 0 && BEFORE.containsKey(bare(tokens.get(i - 1).lower()))) kind = verb;
      // "استشهاد 75 أسيرا": prisoners who died are dead
      if (kind == null
          || (kind == FigureKind.PRISONERS || kind == FigureKind.HOSTAGES)
              && verb == FigureKind.KILLED) kind = verb;
      if (kind != null && value > 0) {
        out.add(new Figure(
            kind.id(),
            value,
            qualifier(tokens, i, last),
            null,
            sourceText(sentence),
            sentence,
            claim(tokens, i),
            source));
      }
      previous = kind;
      i = last;
    }
    return out;
  }

  /** The number at token i as {value, last token}, or null: digits (maybe after prefix letters), a number word, a scale. */
  private static long[] number(List<Token> tokens, int i) {
    String t = tokens.get(i).lower().replace("ـ", "");
    int d = 0;
    while (d < t.length() && !Character.isDigit(t.charAt(d))) d++;
    double v;
    if (d < t.length()
        && d <= 2
        && (d == 0
            || PREFIXES.indexOf(t.charAt(0)) >= 0
            || t.startsWith("ال")
            || t.startsWith("لل"))) {
      if (d > 0 && t.startsWith("ال"))
        return null; // "الـ4": the fourth, or "the 4" of a known group
      String digits = t.substring(d).replace(",", "");
      if (!digits.chars().allMatch(c -> Character.isDigit(c) || c == '.')) return null;
      try {
        v = Double.parseDouble(digits);
      } catch (NumberFormatException e) {
        return null;
      }
      if (digits.length() == 4 && v >= 1900 && v <= 2100) return null; // a year
    } else {
      Long w = WORDS.get(bare(t));
      if (w == null) return null;
      v = w;
    }
    int last = i;
    if (i + 1 < tokens.size()) {
      Long scale = SCALES.get(tokens.get(i + 1).lower());
      if (scale != null) {
        v *= scale;
        last = i + 1;
        // "18 ألفا و877": the rest after the scale
        if (last + 1 < tokens.size()) {
          String rest = tokens.get(last + 1).lower();
          if (rest.startsWith("و")
              && rest.length() > 1
              && rest.substring(1).chars().allMatch(Character::isDigit)) {
            v += Long.parseLong(rest.substring(1));
            last++;
          } else if (rest.equals("و")
              && last + 2 < tokens.size()
              && tokens.get(last + 2).lower().chars().allMatch(Character::isDigit)) {
            v += Long.parseLong(tokens.get(last + 2).lower());
            last += 2;
          }
        }
      }
    }
    if (v != Math.rint(v)) return null;
    return new long[] {(long) v, last};
  }

  private static FigureKind nounAfter(List<Token> tokens, int last) {
    for (int j = last + 1; j < tokens.size() && j - last <= 3; j++) {
      String raw = tokens.get(j).lower();
      // "40 فلسطينيا وإصابة": a word joined by "و" starts the next clause
      if (j > last + 1 && raw.length() > 2 && raw.charAt(0) == 'و' && !NOUNS.containsKey(raw))
        return null;
      String w = bare(raw);
      FigureKind k = j - last <= 2 ? stemKind(w, NOUNS) : null;
      if (k == null) k = VERBS_AFTER.get(w);
      if (k != null) return k;
      if (!tokens.get(j).isWord()) return null;
    }
    return null;
  }

  private static FigureKind cueBefore(List<Token> tokens, int first) {
    for (int j = first - 1; j >= 0 && first - j <= 4; j--) {
      String w = bare(tokens.get(j).lower());
      FigureKind k = BEFORE.get(w);
      if (k != null) return k;
      if (TOLL.contains(w) && j + 1 < first) {
        FigureKind counted =
            stemKind(bare(tokens.get(j + 1).lower()), NOUNS); // "عدد المختطفين لدى حماس 199"
        if (counted != null) return counted;
      }
      if (w.equals("إلى") || w.equals("الى")) {
        // "ارتفعت حصيلة الشهداء إلى 43": a toll raised to the number
        for (int k2 = j - 1; k2 >= 0 && j - k2 <= 12; k2--) {
          String t = bare(tokens.get(k2).lower());
          if (TOLL.contains(t)) {
            FigureKind counted =
                k2 + 1 < j ? stemKind(bare(tokens.get(k2 + 1).lower()), NOUNS) : null;
            return counted != null ? counted : t.equals("حصيلة") ? FigureKind.KILLED : null;
          }
        }
      }
      if (!tokens.get(j).isWord()) return null;
      if (!Set.of(
                  "أكثر", "من", "نحو", "حوالي", "قرابة", "زهاء", "يقل", "لا", "ما", "عن", "إلى",
                  "الى", "لدى", "حماس", "غزة")
              .contains(w)
          && !(TOLL.contains(w)
              || j + 1 < first
                  && TOLL.contains(bare(tokens.get(j - 1 >= 0 ? j - 1 : j).lower())))) return null;
    }
    return null;
  }

  /** A proposal ("اقترحت مصر هدنة لمدة 60 يوما") or a projection ("قد يصل إلى") before the number in its clause. */
  private static String claim(List<Token> tokens, int first) {
    for (int j = first - 1; j >= 0 && first - j <= 6; j--) {
      String w = bare(tokens.get(j).lower());
      if (w.equals("،") || w.equals(",") || w.equals(".")) break;
      for (String p : PROPOSAL_STEMS) if (w.contains(p)) return Figure.PROPOSED;
      if (MODALS.contains(w)) return Figure.PROJECTED;
    }
    return Figure.STATED;
  }

  private static boolean truceBefore(List<Token> tokens, int first) {
    for (int j = first - 1; j >= 0 && first - j <= 4; j--)
      if (TRUCE.contains(bare(tokens.get(j).lower()))) return true;
    return false;
  }

  private static String qualifier(List<Token> tokens, int first, int last) {
    String b1 = first > 0 ? tokens.get(first - 1).lower() : "";
    String b2 = first > 1 ? tokens.get(first - 2).lower() : "";
    if (b1.equals("من") && b2.equals("أكثر") || b1.equals("من") && b2.equals("وأكثر"))
      return "more than";
    if (b1.equals("عن") && b2.equals("يقل")) return "at least";
    if (b1.equals("نحو") || b1.equals("حوالي") || b1.equals("زهاء")) return "about";
    if (b1.equals("قرابة") || b1.equals("قرابه")) return "nearly";
    for (int j = last + 1; j < tokens.size() && j - last <= 4; j++) {
      if (tokens.get(j).lower().equals("الأقل") && tokens.get(j - 1).lower().equals("على"))
        return "at least";
    }
    return null;
  }

  /** The kind of the first stem a word starts with, or null. */
  private static FigureKind stemKind(String w, Map<String, FigureKind> stems) {
    FigureKind k = stems.get(w);
    if (k != null) return k;
    for (Map.Entry<String, FigureKind> e : stems.entrySet()) {
      if (w.startsWith(e.getKey()) && w.length() - e.getKey().length() <= 3) return e.getValue();
    }
    return null;
  }

  /** A word without the letters glued before it ("وشهيدا" is "شهيدا", "بالشهداء" is "الشهداء") and tatweel. */
  static String bare(String w) {
    w = w.replace("ـ", "");
    if (w.length() > 3
        && PREFIXES.indexOf(w.charAt(0)) >= 0
        && !WORDS.containsKey(w)
        && !BEFORE.containsKey(w)
        && !NOUNS.containsKey(w)
        && !TRUCE.contains(w)) {
      w = w.substring(1);
    }
    if (w.length() > 4 && w.startsWith("ال") && !BEFORE.containsKey(w) && !TRUCE.contains(w))
      w = w.substring(2);
    return w;
  }

  /** A known source named in the sentence, as written: the sources table has Arabic names too. */
  private String source(String sentence) {
    // a body named as the agent ("جيش الاحتلال" who struck) is no source: only a sentence that
    // reports speech names one
    boolean speech = false;
    for (Token t : Token.tokenize(sentence))
      speech |= SPEECH.contains(bare(t.lower())) || SPEECH.contains(t.lower());
    if (!speech) return null;
    String s = sources.canonical(sentence);
    return s == null || s.equals(sentence.strip()) ? null : s;
  }

  private String sourceText(String sentence) {
    return source(sentence);
  }
}
