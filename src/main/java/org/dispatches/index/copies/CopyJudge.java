package org.dispatches.index.copies;

/**
 * Decides whether two reports are copies of one story, from their signatures alone.
 *
 * <p>Syndication trims (10-30% of a story cut), retitles, reorders paragraphs and wraps the text
 * in furniture (bylines, share prompts, "Read more" lines). So the test is containment, not
 * resemblance: most of the shorter text's shingles must occur in the longer one. Resemblance (the
 * MinHash estimate of Jaccard similarity) is what the sketch measures directly; with the two
 * shingle counts it gives the shared count, hence the containment. An update of a wire story (a
 * new toll, a new lead) shares much of its text with the first version: it is told apart by a
 * figure of one kind that the shorter report states and the longer one does not (a trimmed copy
 * states a subset of the original's figures, an update states new ones).
 */
public final class CopyJudge {
  /** Share of the shorter text's shingles that the longer must contain. */
  static final double MIN_CONTAINMENT = 0.80;
  /** The shorter text must keep at least this share of the longer: an excerpt is not a copy. */
  static final double MIN_LENGTH_RATIO = 0.45;
  /**
   * An outlet's own second edition (print and web, a corrected version) is nearly word for word the
   * first; its update of a story rewrites the lead and keeps the rest (BBC 2025: "search ... has
   * come to an end" the day after "has entered a second day", resemblance 0.71, against 0.90-1.00
   * for the New York Times' 13 print and web pairs). So within one outlet a copy must be closer.
   */
  static final double MIN_RESEMBLANCE_SAME_OUTLET = 0.85;
  /**
   * Within one outlet, texts further apart than this are its recurring pieces (a weekly photo
   * gallery's standing introduction), not one story: print follows web within two days.
   */
  static final int MAX_DAYS_APART_SAME_OUTLET = 3;
  /** Short texts worded alike but published further apart than this are different reports. */
  static final int MAX_DAYS_APART_SHORT = 2;
  /** Fewer words than this is too little to call even identical wording one story ("Live updates"). */
  static final int MIN_SHORT_WORDS = 6;
  /**
   * Two outlets' identical short headlines are one wire story only when the headline is long: a
   * short one is often a quote that several outlets' own reports share ("Biden: What's happening in
   * Gaza is not genocide" at Politico and Reuters, "UN rights chief 'horrified' by mass grave
   * reports" at Reuters and the BBC: 8 and 11 words), while a wire service's long headlines
   * (12 words and more) are copied whole.
   */
  static final int MIN_SHORT_WORDS_ACROSS_OUTLETS = 12;

  private CopyJudge() {}

  /** The resemblance of {@code a} to {@code b} when they are copies of one story; otherwise -1. */
  public static double similarity(CopySignature a, CopySignature b) {
    if (a.isShort() || b.isShort()) return shortSimilarity(a, b);
    double jaccard = resemblance(a.minHashes(), b.minHashes());
    int small = Math.min(a.shingles(), b.shingles());
    int large = Math.max(a.shingles(), b.shingles());
    if ((double) small / large < MIN_LENGTH_RATIO) return -1;
    double shared = jaccard * (small + large) / (1 + jaccard);
    if (shared / small < MIN_CONTAINMENT) return -1;
    if (figuresDisagree(a, b)) return -1;
    if (sameOutlet(a, b)
        && (jaccard < MIN_RESEMBLANCE_SAME_OUTLET
            || daysApart(a, b) > MAX_DAYS_APART_SAME_OUTLET)) {
      return -1;
    }
    return jaccard;
  }

  /**
   * Headlines and teasers: identical wording (after case, punctuation and spacing), long enough to
   * say something (longer across outlets), published within days of each other when both dates are known. One outlet's
   * title repeated on another day is a recurring title (a live blog's "Latest Israel-Hamas war
   * news and Gaza conflict updates", a daily briefing), not a copy: in the Google News headlines
   * such pairs were as often different pages as one page listed twice, and a title gives no way
   * to tell them apart.
   */
  private static double shortSimilarity(CopySignature a, CopySignature b) {
    if (!a.isShort() || !b.isShort() || a.wording() != b.wording()) return -1;
    if (a.words() < MIN_SHORT_WORDS) return -1;
    if (!sameOutlet(a, b) && a.words() < MIN_SHORT_WORDS_ACROSS_OUTLETS) return -1;
    if (a.epochDay() != CopySignature.NO_DAY
        && b.epochDay() != CopySignature.NO_DAY
        && (daysApart(a, b) > MAX_DAYS_APART_SHORT || (sameOutlet(a, b) && daysApart(a, b) > 0)))
      return -1;
    return 1.0;
  }

  private static boolean sameOutlet(CopySignature a, CopySignature b) {
    return a.outlet() != 0 && a.outlet() == b.outlet();
  }

  /** Days between the two publication dates; 0 when either is unknown. */
  private static int daysApart(CopySignature a, CopySignature b) {
    if (a.epochDay() == CopySignature.NO_DAY || b.epochDay() == CopySignature.NO_DAY) return 0;
    return Math.abs(a.epochDay() - b.epochDay());
  }

  /** The share of buckets whose minima agree: the MinHash estimate of Jaccard similarity. */
  static double resemblance(char[] a, char[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
    return (double) same / a.length;
  }

  /**
   * Whether the shorter report states a figure of a kind the longer also states, with a value the
   * longer does not have: a trimmed copy keeps a subset of the figures, an update changes one.
   */
  public static boolean figuresDisagree(CopySignature a, CopySignature b) {
    CopySignature shorter = a.shingles() <= b.shingles() ? a : b;
    CopySignature longer = shorter == a ? b : a;
    return statesNewFigure(shorter.figures(), longer.figures());
  }

  /** Whether {@code shorter} states a value of a kind that {@code longer} also states, but not that value. */
  static boolean statesNewFigure(long[] shorter, long[] longer) {
    for (long f : shorter) {
      boolean kindInLonger = false, valueInLonger = false;
      for (long g : longer) {
        if (CopySignature.kindOf(g) != CopySignature.kindOf(f)) continue;
        kindInLonger = true;
        if (g == f) valueInLonger = true;
      }
      if (kindInLonger && !valueInLonger) return true;
    }
    return false;
  }
}
