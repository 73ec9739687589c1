package org.dispatches.extract.eval;

/**
 * Recall of the death tolls stated in headlines (the gold set death-toll.tsv).
 *
 * @param headlines headlines with a gold toll
 * @param found headlines where a killed figure equals the gold toll
 */
public record DeathTollResult(int headlines, int found) {
  /** Share of headlines whose toll was extracted as a killed figure. */
  public double recall() {
    return headlines == 0 ? 0 : (double) found / headlines;
  }
}
