package org.dispatches.claims;

/**
 * One stated figure laid out as a claim: what was said (value, kind, qualifier, claim type), who
 * it is attributed to, where and when it was published, and, when a reference series is loaded,
 * how far it lies from the series.
 *
 * @param report the report's id (the page opens it with {@code /api/articles/{id}})
 * @param date the report's publication date (ISO), null when unknown
 * @param claim {@code stated}, {@code projected}, {@code proposed} or {@code combined}
 * @param source the canonical source ("Gaza health ministry"), null when the figure is unattributed
 * @param attribution the attribution as written, null when unattributed
 * @param cumulative whether the sentence states a running toll ("death toll", "since October")
 *     rather than one event's count: only such claims are compared with a cumulative series
 * @param reference the series value the claim is compared with; null without a series, for a
 *     claim that is not cumulative, of another kind, undated, or dated outside the series
 */
public record Claim(
    String report,
    String title,
    String outlet,
    String date,
    String kind,
    long value,
    String qualifier,
    String claim,
    String source,
    String attribution,
    String subject,
    String sentence,
    boolean cumulative,
    Reference reference) {

  /** The same claim compared with {@code ref} (null: not compared). */
  Claim withReference(Reference ref) {
    return new Claim(
        report,
        title,
        outlet,
        date,
        kind,
        value,
        qualifier,
        claim,
        source,
        attribution,
        subject,
        sentence,
        cumulative,
        ref);
  }
}
