package org.dispatches.extract.eval;

/**
 * How many hand-labelled death-mention sentences yield a killed figure.
 *
 * @param sentences labelled sentences read (all four newspaper files)
 * @param withCount sentences that state a count at all (digits or a number word)
 * @param withKilled sentences that yield at least one killed figure
 * @param withKilledAmongCounted sentences stating a count that yield a killed figure
 */
public record DeathMentionResult(
    int sentences, int withCount, int withKilled, int withKilledAmongCounted) {

  /** Share of all labelled sentences that yield a killed figure. */
  public double yield() {
    return sentences == 0 ? 0 : (double) withKilled / sentences;
  }

  /** Share of the sentences stating a count that yield a killed figure. */
  public double yieldAmongCounted() {
    return withCount == 0 ? 0 : (double) withKilledAmongCounted / withCount;
  }
}
