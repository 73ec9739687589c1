package org.dispatches.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dispatches.extract.actors.Gazetteer;
import org.junit.jupiter.api.Test;

/** Transliteration matching: variants found, look-alike names of different people kept apart. */
class NamePairEvaluationTest {
  @Test
  void variantsResolveAndLookAlikesStayApart() {
    NamePairResult r = new NamePairEvaluation(Gazetteer.loadDefault()).run();
    System.out.println("Name pairs: " + r.variantsMatched() + "/" + r.variantPairs() + " variants, "
        + r.falseMerges() + "/" + r.differentPairs() + " false merges; " + r.failures());
    assertEquals(0, r.falseMerges(), r.failures().toString());
    assertTrue(
        r.variantRecall() >= 0.95, "variant recall " + r.variantRecall() + " " + r.failures());
  }

  @Test
  void variantsFromTheWiderConflictsResolveAndTheirLookAlikesStayApart() {
    NamePairResult r = new NamePairEvaluation(Gazetteer.loadDefault()).runWider();
    System.out.println(
        "Wider name pairs: " + r.variantsMatched() + "/" + r.variantPairs() + " variants, "
            + r.falseMerges() + "/" + r.differentPairs() + " false merges; " + r.failures());
    assertEquals(0, r.falseMerges(), r.failures().toString());
    assertTrue(
        r.variantRecall() >= 0.85, "variant recall " + r.variantRecall() + " " + r.failures());
  }
}
