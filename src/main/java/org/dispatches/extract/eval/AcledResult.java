package org.dispatches.extract.eval;

/**
 * Scores of extraction on ACLED event notes.
 *
 * @param rows rows scored
 * @param fatalRows rows coded with at least one fatality
 * @param exactHits fatal rows where a killed figure, or the sum of the killed figures, equals the coded count
 * @param zeroRows rows coded with no fatality
 * @param zeroRowsWithKilled zero rows on which a killed figure was extracted anyway
 * @param actorTruePositives gold actors found (micro-averaged over rows)
 * @param actorFalsePositives extracted actors of a scored kind that the row does not code
 * @param actorFalseNegatives gold actors not found
 * @param unmappedActorLabels gold actor labels with no gazetteer entry (civilians, unnamed groups): not scored
 */
public record AcledResult(
    int rows,
    int fatalRows,
    int exactHits,
    int zeroRows,
    int zeroRowsWithKilled,
    int actorTruePositives,
    int actorFalsePositives,
    int actorFalseNegatives,
    int unmappedActorLabels) {

  /** Share of fatal rows whose exact count was extracted. */
  public double fatalityRecall() {
    return ratio(exactHits, fatalRows);
  }

  /** Share of rows coded with no fatality on which a killed figure was extracted. */
  public double falseKilledRate() {
    return ratio(zeroRowsWithKilled, zeroRows);
  }

  /** Extracted scored actors that the row codes, over all extracted scored actors. */
  public double actorPrecision() {
    return ratio(actorTruePositives, actorTruePositives + actorFalsePositives);
  }

  /** Coded actors that were extracted, over all coded actors with a gazetteer entry. */
  public double actorRecall() {
    return ratio(actorTruePositives, actorTruePositives + actorFalseNegatives);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
