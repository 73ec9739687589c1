package org.dispatches.claims;

/**
 * The value of a reference series a claim is compared with.
 *
 * @param series the series' name
 * @param date the series day chosen: of the report's date and the days before it that the lag
 *     allows, the one whose value is nearest the claim
 * @param value the series' value on that day
 * @param gap the claim's relative difference, (claim - reference) / reference; 0.02 is 2% above
 */
public record Reference(String series, String date, long value, double gap) {

  /** Whether the claim lies within {@code tolerance} (0.03 for 3%) of the reference. */
  public boolean within(double tolerance) {
    return Math.abs(gap) <= tolerance;
  }
}
