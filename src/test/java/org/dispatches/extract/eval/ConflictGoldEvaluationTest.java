package org.dispatches.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.figures.Figure;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportSink;
import org.dispatches.json.Json;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java scorer of the conflict-extraction gold set: its rules, its agreement with score.py, and the score itself. */
class ConflictGoldEvaluationTest {
  private static final GoldScorerTables TABLES = new GoldScorerTables(
      List.of(
          List.of("Gaza Health Ministry", "Health Ministry"),
          List.of("Israel Defense Forces", "IDF", "Israeli military")),
      Set.of("has", "day", "after", "said"),
      Set.of("at least", "more than", "over"),
      Set.of("about", "nearly"));

  private static GoldReport.GoldFigure gold(
      String kind,
      long value,
      String qualifier,
      String attribution,
      List<String> ok,
      List<String> alt,
      boolean optional) {
    return new GoldReport.GoldFigure(kind, value, qualifier, attribution, ok, alt, optional);
  }

  @Test
  void figuresMatchOnKindAndValueWithAlternativeKindsAndOptionalOnesCountNeitherWay() {
    List<String> noneOk = new ArrayList<>();
    noneOk.add(null);
    GoldReport g = new GoldReport(
        "bbc-1",
        "x.txt",
        null,
        List.of(),
        null,
        List.of(),
        List.of(
            gold(
                "killed",
                7,
                "at least",
                "IDF",
                List.of("Israeli military"),
                List.of("hostages"),
                false),
            gold("killed", 100, null, null, noneOk, List.of(), true),
            gold("wounded", 30, "about", null, noneOk, List.of(), false)),
        List.of("Israel Defense Forces"),
        List.of());
    GoldPrediction p = new GoldPrediction(
        "bbc-1",
        List.of(
            new Figure("hostages", 7, "more than", null, "the Israeli military has", "s"),
            new Figure("killed", 7, null, null, "IDF", "s"),
            new Figure("killed", 100, null, null, null, "s"),
            new Figure("killed", 4, null, null, null, "s"),
            new Figure("killed", 4, null, null, null, "s")),
        List.of("IDF", "Reuters"),
        null,
        null);
    GoldCounts c =
        ConflictGoldEvaluation.score(List.of(g), Map.of("bbc-1", p), TABLES).all();
    assertEquals(1, c.setTp, "hostages 7 and killed 7 are one gold pair");
    assertEquals(1, c.setFp, "killed 4 twice is one false pair");
    assertEquals(2, c.instFp);
    assertEquals(1, c.instOptional);
    assertEquals(2, c.goldRequired);
    assertEquals(0.5, c.figureRecall(), 1e-9);
    // "the Israeli military has" names the source (lenient) but carries a stray word (not clean)
    assertEquals(2, c.attrNeedN);
    assertEquals(2, c.attrNeedLenient);
    assertEquals(1, c.attrNeedClean);
    assertEquals(1, c.qualOk, "more than is in at least's class; exact is not");
    assertEquals(1.0, c.actorRecall(), 1e-9);
    assertEquals(0.5, c.actorPrecision(), 1e-9);
    assertEquals(1, c.dateAbsentOk);
  }

  @Test
  void namesFoldAsScorePyFoldsThem() {
    assertEquals(
        "hamas run health ministry", GoldScorerTables.norm("The Hamas-run Health Ministry"));
    assertEquals("gaza health ministry", GoldScorerTables.norm("Gaza’s health ministry"));
    assertEquals("medecins sans frontieres", GoldScorerTables.norm("Médecins Sans Frontières"));
    assertTrue(TABLES.keysOf("Health Ministry|MoH").contains("gaza health ministry"));
    assertEquals("lower", TABLES.qualifierClass(" Over "));
    assertEquals("just under", TABLES.qualifierClass("just under"));
  }

  @Test
  void aMissingScorerIsAClearError(@TempDir Path dir) throws IOException {
    Path goldFile = dir.resolve("gold.jsonl");
    Files.writeString(goldFile, "");
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(
        IOException.class, () -> ConflictGoldEvaluation.scoreFile(goldFile, goldFile));
    assertTrue(e.getMessage().contains("score.py"), e.getMessage());
  }

  /** The Java scorer and score.py give the same numbers on the same extraction output. */
  @Test
  void agreesWithScorePy(@TempDir Path dir) throws Exception {
    Path goldFile =
        SharedData.require(ConflictGoldEvaluation.DIR + "/" + ConflictGoldEvaluation.GOLD);
    Path pred = dir.resolve("pred.jsonl");
    writePredictions(goldFile.getParent().resolve("reports"), pred);
    Process py;
    try {
      py = new ProcessBuilder(
              "python3",
              goldFile.getParent().resolve("score.py").toString(),
              "--pred",
              pred.toString(),
              "--json")
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      Assumptions.abort("python3 is not installed: cannot compare with score.py");
      return;
    }
    String out = new String(py.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(py.waitFor(120, TimeUnit.SECONDS) && py.exitValue() == 0, "score.py failed: " + out);
    JsonObject python = JsonParser.parseString(out.replace("NaN", "null")).getAsJsonObject();
    ConflictGoldResult java = ConflictGoldEvaluation.scoreFile(goldFile, pred);
    for (String group : List.of("all", "gaza4", "bbc", "fignews")) {
      JsonObject p = python.getAsJsonObject(group);
      GoldCounts j = java.groups().get(group);
      assertSame(p, "figure_precision", j.figurePrecision(), group);
      assertSame(p, "figure_recall", j.figureRecall(), group);
      assertSame(p, "figure_instance_precision", j.figureInstancePrecision(), group);
      assertSame(p, "attribution_lenient", j.attributionLenient(), group);
      assertSame(p, "attribution_clean", j.attributionClean(), group);
      assertSame(p, "attribution_needed_lenient", j.attributionNeededLenient(), group);
      assertSame(p, "attribution_needed_clean", j.attributionNeededClean(), group);
      assertSame(p, "qualifier_accuracy", j.qualifierAccuracy(), group);
      assertSame(p, "actor_precision", j.actorPrecision(), group);
      assertSame(p, "actor_recall", j.actorRecall(), group);
      assertSame(p, "date_stated_accuracy", j.dateStatedAccuracy(), group);
      assertSame(p, "date_absent_accuracy", j.dateAbsentAccuracy(), group);
      assertSame(p, "outlet_stated_accuracy", j.outletStatedAccuracy(), group);
      assertSame(p, "outlet_absent_accuracy", j.outletAbsentAccuracy(), group);
    }
  }

  private static void assertSame(JsonObject python, String key, double java, String group) {
    var v = python.get(key);
    if (v == null || v.isJsonNull())
      assertTrue(Double.isNaN(java), group + " " + key + ": python nan, java " + java);
    else assertEquals(v.getAsDouble(), java, 1e-12, group + " " + key);
  }

  /** What {@code dispatches extract reports --json} writes. */
  private static void writePredictions(Path reports, Path out) throws IOException {
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    Gson gson = Json.records();
    StringBuilder b = new StringBuilder();
    CorpusReader reader = new CorpusReader();
    for (var file : reader.list(List.of(reports))) {
      reader.read(file, new ReportSink() {
        @Override
        public void accept(RawReport report) {
          b.append(gson.toJson(extractor.extract(report))).append('\n');
        }

        @Override
        public void skip(ReadProblem problem) {}
      });
    }
    Files.writeString(out, b, StandardCharsets.UTF_8);
  }

  /**
   * The score on the development set, with the targets as floors (figure recall 0.90 at
   * precision 0.97, attribution clean 0.85 where the text names a source, qualifier accuracy 0.97),
   * raised where the score has risen above them (measured: 0.904, 0.989, 0.883, 0.986).
   */
  @Test
  void goldSetScore() throws Exception {
    Path goldFile =
        SharedData.require(ConflictGoldEvaluation.DIR + "/" + ConflictGoldEvaluation.GOLD);
    ConflictGoldResult r =
        new ConflictGoldEvaluation(ArticleExtractor.withDefaults()).run(goldFile);
    System.out.print(r.table());
    GoldCounts all = r.all();
    assertTrue(r.missing().isEmpty(), "reports without a record: " + r.missing());
    assertTrue(all.figureRecall() >= 0.90, "figure recall " + all.figureRecall());
    assertTrue(all.figurePrecision() >= 0.98, "figure precision " + all.figurePrecision());
    assertTrue(
        all.attributionNeededClean() >= 0.87,
        "attribution clean where the text names a source " + all.attributionNeededClean());
    assertTrue(all.qualifierAccuracy() >= 0.97, "qualifier accuracy " + all.qualifierAccuracy());
  }
}
