package org.dispatches.claims;

/**
 * The value of a reference series a claim is compared with.
 *
 * @param series the series' name
 * @param date the series day chosen: of the report's date and the days before it that the lag
 *     allows, the one whose value is nearest the claim
 * @param value the series' value on that day
 * @param gap the claim's relative difference, (claim - reference) / reference; 0.02 is 2% above
 * @param holds whether the claim, read with its qualifier, is consistent with the reference within
 *     {@link Comparison#TOLERANCE}: a lower bound ("more than") at or under it, an upper bound
 *     ("nearly", "up to") at or over it, any other figure within the tolerance either way
 */
public record Reference(String series, String date, long value, double gap, boolean holds) {

  /** Whether the claim lies within {@code tolerance} (0.03 for 3%) of the reference. */
  public boolean within(double tolerance) {
    return Math.abs(gap) <= tolerance;
  }
}
