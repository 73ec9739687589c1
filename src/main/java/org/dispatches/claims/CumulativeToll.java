package org.dispatches.claims;

import java.util.regex.Pattern;

/**
 * Tells a running toll ("the death toll has risen to 30,035", "Israel's offensive has killed more
 * than 28,000 people") from one event's or one period's count ("45 people were killed in a strike",
 * "158 in the last 24 hours") and from a part of the toll ("including 3,648 children"). Only
 * running tolls can be held against a cumulative series: a strike's dead are not the war's.
 */
final class CumulativeToll {
  /**
   * A figure this large is a running toll unless the sentence says otherwise: a war's single day or
   * single strike rarely kills thousands, while every running toll of a long war reaches them.
   */
  static final long RUNNING_TOLL_SIZE = 1_000;

  /**
   * Words that date a count from the war's start or call it a total. A bare "toll" is not enough
   * below {@link #RUNNING_TOLL_SIZE}: "put the toll at 52" is one strike's toll.
   */
  private static final Pattern CUE = Pattern.compile("(?iu)(?:"
      + "\\b(?:overall|total|cumulative)\\s+(?:death\\s+)?toll\\b|\\btoll\\s+(?:for|of)\\s+the\\s+war\\b"
      + "|\\b(?:adding|adds|add|bringing|brings|bring|raising|raises|raised|pushing|taking)\\s+(?:\\S+\\s+){0,4}?(?:death\\s+)?(?:toll|total)\\b"
      + "|\\btotal\\s+number\\s+of\\b|\\bin\\s+total\\b|\\ba\\s+total\\s+of\\b|\\bso\\s+far\\b|\\bto\\s+date\\b|\\bcumulative\\b"
      + "|\\bsince\\s+(?:the\\s+)?(?:start|beginning|outbreak|onset)\\s+of\\s+the\\s+(?:war|conflict|offensive|fighting)"
      + "|\\bsince\\s+(?:oct(?:ober|\\.)?\\s*7|7\\s+oct(?:ober|\\.)?|the\\s+(?:oct(?:ober|\\.)?\\s*7|7\\s+october)\\b)"
      + "|\\bsince\\s+(?:the\\s+)?(?:israel'?s?\\s+|israeli\\s+)?(?:war|offensive)\\s+(?:began|started)"
      + ")");

  /** A count of one day, one night or a few days, a strike, or a place other than the whole war's. */
  private static final Pattern PART = Pattern.compile("(?iu)(?:"
      + "\\b(?:past|last|previous|preceding)\\s+(?:24|48|72)\\s+hours\\b|\\b(?:past|last|previous)\\s+(?:day|night|week)\\b"
      + "|\\bovernight\\b|\\bsince\\s+(?:(?:late|early|last)\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|dawn|midnight|morning)\\b"
      + "|\\bsince\\s+the\\s+(?:truce|ceasefire|pause)\\s+(?:ended|collapsed|broke\\s+down)|\\bsince\\s+the\\s+collapse\\b"
      + "|\\bsince\\s+the\\s+start\\s+of\\s+the\\s+(?:year|month)\\b"
      + "|\\b(?:in|during|over)\\s+(?:the\\s+)?first\\s+(?:\\d+|\\w+)\\s+(?:days|weeks|months)\\b"
      + ")");

  /** One strike's dead: below {@link #RUNNING_TOLL_SIZE}, never a running toll. */
  private static final Pattern EVENT = Pattern.compile(
      "(?iu)\\b(?:an?|the)\\s+(?:israeli\\s+)?(?:air\\s*)?(?:strike|blast|explosion|bombing)\\s+(?:on|at|in|near)\\b");

  /** Subjects that are a part of the dead (children, women, medics, journalists): a subtotal, not the toll. */
  private static final Pattern PART_SUBJECT =
      Pattern.compile("(?iu)\\b(?:child|children|minors?|kids|babies|infants"
          + "|wom[ae]n|girls|boys|journalists?|reporters|medics|doctors|nurses|paramedics|health\\s+workers|aid\\s+workers"
          + "|staff|employees|soldiers?|troops|hostages?|israelis|fighters|militants|members)\\b");

  /** Plural scales and counts in words that make a vague quantity ("thousands", "tens of thousands"). */
  private static final Pattern VAGUE_WORDS =
      Pattern.compile("(?iu)\\b(?:tens|hundreds|thousands|millions|dozens|scores)\\b");

  private CumulativeToll() {}

  /**
   * Whether the figure is a vague quantity: "thousands have been killed" is read as 1,000, the least
   * it can mean, and states no toll to hold against a series. A round value the sentence does not
   * write in digits, beside a plural scale word, is one.
   */
  static boolean vague(long value, String sentence) {
    if (value < 10 || !isPowerOfTen(value) || !VAGUE_WORDS.matcher(sentence).find()) return false;
    String digits = Long.toString(value);
    String grouped = String.format(java.util.Locale.ROOT, "%,d", value);
    return !sentence.contains(grouped)
        && !Pattern.compile("(?<![\\d.,])" + digits + "(?![\\d,])")
            .matcher(sentence)
            .find();
  }

  private static boolean isPowerOfTen(long v) {
    while (v >= 10 && v % 10 == 0) v /= 10;
    return v == 1;
  }

  /**
   * Whether a figure of {@code value} about {@code subject} in {@code sentence} is a running toll: a
   * large figure unless the sentence counts a part of the war ("in the past 24 hours", "in the
   * first 19 days") and does not also name a total ("adding to the toll of"); a smaller one only
   * when the sentence dates it from the war's start or calls it a total, and names no single event.
   */
  static boolean stated(long value, String subject, String sentence) {
    if (sentence == null) return false;
    if (subject != null && PART_SUBJECT.matcher(subject).find()) return false;
    if (vague(value, sentence)) return false;
    boolean cue = CUE.matcher(sentence).find();
    boolean part = PART.matcher(sentence).find();
    if (value >= RUNNING_TOLL_SIZE) return !part || cue;
    return cue && !part && !EVENT.matcher(sentence).find();
  }
}
