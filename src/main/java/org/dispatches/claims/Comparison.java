package org.dispatches.claims;

/**
 * How the claims compared with a series lie against it: how many were compared, how many fall
 * within {@link #TOLERANCE} of it, and how many hold when read with their qualifier.
 */
public final class Comparison {
  /** "Within 3%" of the series: reports round ("more than 30,000"), and a day's update moves a toll by about 0.3%. */
  public static final double TOLERANCE = 0.03;

  private long compared;
  private long within;
  private long holding;

  public void add(Claim c) {
    if (c.reference() == null) return;
    compared++;
    if (c.reference().within(TOLERANCE)) within++;
    if (c.reference().holds()) holding++;
  }

  public long compared() {
    return compared;
  }

  public long within() {
    return within;
  }

  /** How many are consistent with the series when read with their qualifier (every one within the tolerance, and more). */
  public long holding() {
    return holding;
  }

  /** The share within the tolerance; 0 when nothing was compared. */
  public double share() {
    return compared == 0 ? 0 : within / (double) compared;
  }
}
