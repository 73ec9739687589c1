package org.dispatches.extract.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dispatches.extract.actors.Gazetteer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the ACLED evaluation on the real data and checks the accuracy targets of issue 3. */
class AcledEvaluationTest {
  private static final Path DATA = org.dispatches.testing.SharedData.root();
  private static AcledResult full;
  private static AcledResult stripped;

  @BeforeAll
  static void run() throws Exception {
    Assumptions.assumeTrue(
        Files.exists(DATA.resolve(AcledEvaluation.FILE)),
        "ACLED data not found under ../shared/data: skipping the evaluation");
    AcledEvaluation eval = new AcledEvaluation(Gazetteer.loadDefault());
    full = eval.run(DATA, false);
    stripped = eval.run(DATA, true);
    System.out.println("ACLED full notes: " + full);
    System.out.println("ACLED without coding remarks: " + stripped);
  }

  @Test
  void scoresEveryRow() {
    assertTrue(full.rows() > 5000, "rows: " + full.rows());
    assertTrue(full.fatalRows() > 1000 && full.zeroRows() > 1000);
  }

  @Test
  void exactFatalityCountRecallMeetsTarget() {
    assertTrue(full.fatalityRecall() >= 0.85, "fatality recall " + full.fatalityRecall());
  }

  @Test
  void killedFigureOnFewRowsCodedWithNone() {
    assertTrue(full.falseKilledRate() <= 0.05, "false killed rate " + full.falseKilledRate());
  }

  @Test
  void actorsAreDetected() {
    assertTrue(full.actorRecall() >= 0.8, "actor recall " + full.actorRecall());
    assertTrue(full.actorPrecision() >= 0.8, "actor precision " + full.actorPrecision());
  }
}
