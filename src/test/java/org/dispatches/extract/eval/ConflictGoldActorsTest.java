package org.dispatches.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Actors and outlets on the conflict-extraction gold set, scored as its score.py does, with issue
 * 15's targets as floors: actor recall 0.85 at precision 0.95 (reached: 0.888 at 0.963; the floors
 * sit just under), the outlet the text states right at 0.95 (reached: all), none invented where
 * the text names none.
 */
class ConflictGoldActorsTest {

  @Test
  void actorsAndOutletsMeetTheirFloors() throws Exception {
    Path goldFile =
        SharedData.require(ConflictGoldEvaluation.DIR + "/" + ConflictGoldEvaluation.GOLD);
    GoldCounts all = new ConflictGoldEvaluation(ArticleExtractor.withDefaults())
        .run(goldFile)
        .all();
    System.out.println("gold actors " + all.actorCounts() + ": P " + all.actorPrecision() + " R "
        + all.actorRecall() + "; outlet stated " + all.outletStatedAccuracy()
        + ", absent left empty " + all.outletAbsentAccuracy());
    assertTrue(all.actorRecall() >= 0.88, "actor recall " + all.actorRecall());
    assertTrue(all.actorPrecision() >= 0.96, "actor precision " + all.actorPrecision());
    assertTrue(
        all.outletStatedAccuracy() >= 0.95,
        "outlet stated in the text " + all.outletStatedAccuracy());
    assertEquals(1.0, all.outletAbsentAccuracy(), "an outlet invented where the text names none");
  }
}
