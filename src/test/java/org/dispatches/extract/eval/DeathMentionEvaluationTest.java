package org.dispatches.extract.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the death-mention and death-toll evaluations on the real data. */
class DeathMentionEvaluationTest {
  private static final Path DATA = org.dispatches.testing.SharedData.root();

  @Test
  void deathMentionSentencesThatStateACountYieldKilledFigures() throws Exception {
    Path data = SharedData.require(DeathMentionEvaluation.DIR).getParent();
    DeathMentionResult r = new DeathMentionEvaluation().run(data);
    System.out.println("Death mentions: " + r.sentences() + " sentences, yield " + r.yield()
        + ", among counts of people " + r.yieldAmongPeopleCounts() + " (" + r.withPeopleCount()
        + "), among any number " + r.yieldAmongCounted() + " (" + r.withCount() + ")");
    assertTrue(r.sentences() > 4000, "sentences " + r.sentences());
    // most labelled sentences name a death without a number; those that state a count of people
    // should mostly yield it (the 0.85; measured 0.953). With any number at all, a
    // caption's date or a victim's age included, measured 0.757 (0.667 before the work)
    assertTrue(
        r.yieldAmongPeopleCounts() >= 0.93,
        "yield among counts of people " + r.yieldAmongPeopleCounts());
    assertTrue(r.yieldAmongCounted() >= 0.75, "yield among any number " + r.yieldAmongCounted());
    assertTrue(r.withPeopleCount() > 2000 && r.withPeopleCount() < r.withCount());
    assertTrue(r.withKilled() < r.sentences());
  }

  @Test
  void headlineDeathTollsAreExtracted() throws Exception {
    Assumptions.assumeTrue(
        Files.exists(DATA.resolve(DeathTollEvaluation.FILE)),
        "death-toll.tsv not found under ../shared/data: skipping");
    DeathTollResult r = new DeathTollEvaluation().run(DATA);
    System.out.println("Death tolls in headlines: " + r + " recall " + r.recall());
    assertTrue(r.headlines() > 150);
    assertTrue(r.recall() >= 0.8, "death-toll recall " + r.recall());
  }
}
