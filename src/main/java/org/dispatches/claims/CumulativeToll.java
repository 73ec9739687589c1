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

  /** Words for a toll, a total, or a period reaching back to the war's start. */
  private static final Pattern CUE = Pattern.compile("(?iu)(?:"
      + "\\btolls?\\b|\\bin\\s+total\\b|\\ba\\s+total\\s+of\\b|\\boverall\\b|\\bso\\s+far\\b|\\bto\\s+date\\b|\\bcumulative\\b"
      + "|\\bsince\\s+(?:the\\s+)?(?:start|beginning|outbreak|onset)\\s+of\\s+the\\s+(?:war|conflict|offensive|fighting)"
      + "|\\bsince\\s+(?:oct(?:ober|\\.)?\\s*7|7\\s+oct(?:ober|\\.)?|the\\s+(?:oct(?:ober|\\.)?\\s*7|7\\s+october)\\b)"
      + "|\\bsince\\s+(?:the\\s+)?(?:israel'?s?\\s+|israeli\\s+)?(?:war|offensive)\\s+(?:began|started)"
      + ")");

  /** A count of one day, one night or a few days, a strike, or a place other than the whole war's. */
  private static final Pattern PART = Pattern.compile("(?iu)(?:"
      + "\\b(?:past|last|previous|preceding)\\s+(?:24|48|72)\\s+hours\\b|\\b(?:past|last|previous)\\s+(?:day|night|week)\\b"
      + "|\\bovernight\\b|\\bsince\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|dawn|midnight|morning)\\b"
      + "|\\bsince\\s+the\\s+(?:truce|ceasefire|pause)\\s+(?:ended|collapsed|broke\\s+down)|\\bsince\\s+the\\s+collapse\\b"
      + "|\\bsince\\s+the\\s+start\\s+of\\s+the\\s+(?:year|month)\\b"
      + ")");

  /** Subjects that are a part of the dead (children, women, medics, journalists): a subtotal, not the toll. */
  private static final Pattern PART_SUBJECT = Pattern.compile("(?iu)\\b(?:child|children|minors?|kids|babies|infants"
      + "|wom[ae]n|girls|boys|journalists?|reporters|medics|doctors|nurses|paramedics|health\\s+workers|aid\\s+workers"
      + "|staff|employees|soldiers?|troops|hostages?|israelis|fighters|militants|members)\\b");

  private CumulativeToll() {}

  /** Whether a figure of {@code value} about {@code subject} in {@code sentence} is a running toll. */
  static boolean stated(long value, String subject, String sentence) {
    if (sentence == null) return false;
    if (subject != null && PART_SUBJECT.matcher(subject).find()) return false;
    if (PART.matcher(sentence).find()) return false;
    return value >= RUNNING_TOLL_SIZE || CUE.matcher(sentence).find();
  }
}
