package org.dispatches.extract.eval;

import java.util.List;

/**
 * How many hand-labelled death-mention sentences yield a killed figure.
 *
 * @param sentences labelled sentences read (all four newspaper files)
 * @param withCount sentences with any digit or number word (the first measure: dates, ages and
 *     clock times count as numbers)
 * @param withKilled sentences that yield at least one killed figure
 * @param withKilledAmongCounted sentences with any number that yield a killed figure
 * @param withPeopleCount sentences that state a number that could count people ({@link
 *     PeopleCount})
 * @param withKilledAmongPeopleCount of those, the sentences that yield a killed figure
 * @param misses the sentences that state a count of people and yield no killed figure, in file
 *     order
 */
public record DeathMentionResult(
    int sentences,
    int withCount,
    int withKilled,
    int withKilledAmongCounted,
    int withPeopleCount,
    int withKilledAmongPeopleCount,
    List<String> misses) {

  public DeathMentionResult {
    misses = List.copyOf(misses);
  }

  /** Share of all labelled sentences that yield a killed figure. */
  public double yield() {
    return sentences == 0 ? 0 : (double) withKilled / sentences;
  }

  /** Share of the sentences with any number that yield a killed figure (the first measure). */
  public double yieldAmongCounted() {
    return withCount == 0 ? 0 : (double) withKilledAmongCounted / withCount;
  }

  /** Share of the sentences stating a count of people that yield a killed figure. */
  public double yieldAmongPeopleCounts() {
    return withPeopleCount == 0 ? 0 : (double) withKilledAmongPeopleCount / withPeopleCount;
  }
}
