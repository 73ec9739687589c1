package org.dispatches.extract.figures;

/**
 * A number a report states about the conflict.
 *
 * @param kind what is counted: one of {@link FigureKind}'s names (killed, wounded, hostages, ...)
 * @param value the count (for durations, days)
 * @param qualifier "about", "at least", "more than", "nearly", ...; null when the number is exact
 * @param subject who or what is counted ("Palestinians", "soldiers"); null when not stated
 * @param attribution who says so, as written ("Gaza's health ministry"); null when not stated
 * @param sentence the sentence the figure came from
 * @param claim what kind of claim the figure is: {@link #STATED} (the default), {@link #PROJECTED},
 *     {@link #PROPOSED} or {@link #COMBINED}
 * @param source the attribution resolved to one canonical source name ("Gaza health ministry"), the
 *     facet value; null when there is no attribution
 */
public record Figure(
    String kind,
    long value,
    String qualifier,
    String subject,
    String attribution,
    String sentence,
    String claim,
    String source) {

  /** A figure the text states as fact: the only kind {@code killed:>N} finds by default. */
  public static final String STATED = "stated";
  /** A projection or hypothetical ("could lead to 85,000 more deaths"). */
  public static final String PROJECTED = "projected";
  /** A number offered or demanded in negotiation ("a two-month lull" proposed). */
  public static final String PROPOSED = "proposed";
  /** A combined casualty total ("100,000 killed, injured or missing"). */
  public static final String COMBINED = "combined";

  public Figure {
    if (claim == null) claim = STATED;
  }

  /** A stated figure whose canonical source is not resolved (the attribution as written stands in). */
  public Figure(
      String kind,
      long value,
      String qualifier,
      String subject,
      String attribution,
      String sentence) {
    this(kind, value, qualifier, subject, attribution, sentence, STATED, attribution);
  }

  /** The same figure credited to another canonical source. */
  public Figure withSource(String canonical) {
    return new Figure(kind, value, qualifier, subject, attribution, sentence, claim, canonical);
  }

  /** The same figure with the attribution, as written and resolved, of another statement of it. */
  public Figure attributedAs(Figure other) {
    return new Figure(
        kind, value, qualifier, subject, other.attribution, sentence, claim, other.source);
  }

  /** Whether the text states the figure as fact. */
  public boolean stated() {
    return STATED.equals(claim);
  }
}
