package org.dispatches.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.extract.eval.AcledEvaluation;
import org.dispatches.extract.eval.AcledResult;
import org.dispatches.extract.eval.ConflictGoldEvaluation;
import org.dispatches.extract.eval.ConflictGoldResult;
import org.dispatches.extract.eval.DeathMentionEvaluation;
import org.dispatches.extract.eval.DeathMentionResult;
import org.dispatches.extract.eval.DeathTollEvaluation;
import org.dispatches.extract.eval.DeathTollResult;
import org.dispatches.extract.eval.NamePairEvaluation;
import org.dispatches.extract.eval.NamePairResult;
import org.dispatches.extract.outlets.OutletTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dispatches eval-extraction}: scores extraction against gold data nobody on the team wrote. */
@Command(
    name = "eval-extraction",
    mixinStandardHelpOptions = true,
    description =
        "Score figure and actor extraction on ACLED, death-mention, death-toll and conflict-extraction gold data.")
public final class EvalExtractionCommand implements Callable<Integer> {
  @Option(
      names = "--data",
      defaultValue = "../shared/data",
      description = "Folder with the staged data sets (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(
      names = "--gold",
      description =
          "A conflict-extraction gold file (default: conflict-extraction-gold/gold.jsonl under --data); its reports and score.py lie beside it")
  Path gold;

  @Option(
      names = "--pred",
      description =
          "Score this 'dispatches extract --json' output against --gold instead of extracting the gold reports")
  Path pred;

  @Option(
      names = "--details",
      description =
          "List every miss on the conflict-extraction gold set, and the death-mention sentences stating a count without a killed figure")
  boolean details;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Gazetteer gazetteer = Gazetteer.loadDefault();
    Path goldFile = gold != null
        ? gold
        : data.resolve(ConflictGoldEvaluation.DIR).resolve(ConflictGoldEvaluation.GOLD);
    if (pred != null || gold != null || Files.exists(goldFile)) {
      ConflictGoldResult r = pred != null
          ? ConflictGoldEvaluation.scoreFile(goldFile, pred)
          : new ConflictGoldEvaluation(new ArticleExtractor(gazetteer, OutletTable.loadDefault()))
              .run(goldFile);
      out.println("Conflict-extraction gold (" + goldFile + "), as its score.py scores it:");
      out.print(r.table());
      if (!r.missing().isEmpty())
        out.println("WARNING: " + r.missing().size() + " gold reports have no extracted record: "
            + r.missing());
      if (details) r.details().forEach(out::println);
      if (pred != null) {
        out.flush();
        return 0;
      }
    } else out.println("Conflict-extraction gold not found under " + data);
    if (Files.exists(data.resolve(AcledEvaluation.FILE))) {
      AcledEvaluation acled = new AcledEvaluation(gazetteer);
      print(out, "ACLED notes", acled.run(data, false));
      print(out, "ACLED notes without coders' remarks", acled.run(data, true));
    } else out.println("ACLED data not found under " + data);
    if (Files.isDirectory(data.resolve(DeathMentionEvaluation.DIR))) {
      DeathMentionResult r = new DeathMentionEvaluation().run(data);
      out.printf(
          Locale.ROOT,
          "Death-mention sentences: %d; with a killed figure %d (%.3f); stating a count of people %d, of which with a killed figure %d (%.3f); with any number %d, of which with a killed figure %d (%.3f)%n",
          r.sentences(),
          r.withKilled(),
          r.yield(),
          r.withPeopleCount(),
          r.withKilledAmongPeopleCount(),
          r.yieldAmongPeopleCounts(),
          r.withCount(),
          r.withKilledAmongCounted(),
          r.yieldAmongCounted());
      if (details)
        r.misses().forEach(s -> out.println("  death mention without a killed figure: " + s));
    }
    if (Files.exists(data.resolve(DeathTollEvaluation.FILE))) {
      DeathTollResult r = new DeathTollEvaluation().run(data);
      out.printf(
          Locale.ROOT,
          "Headline death tolls: %d of %d found (recall %.3f)%n",
          r.found(),
          r.headlines(),
          r.recall());
    }
    NamePairResult n = new NamePairEvaluation(gazetteer).run();
    out.printf(
        Locale.ROOT,
        "Transliteration: variant recall %d/%d (%.3f), false merges %d/%d (%.3f)%n",
        n.variantsMatched(),
        n.variantPairs(),
        n.variantRecall(),
        n.falseMerges(),
        n.differentPairs(),
        n.falseMergeRate());
    NamePairResult w = new NamePairEvaluation(gazetteer).runWider();
    out.printf(
        Locale.ROOT,
        "Transliteration, conflicts beyond Gaza: variant recall %d/%d (%.3f), false merges %d/%d (%.3f)%n",
        w.variantsMatched(),
        w.variantPairs(),
        w.variantRecall(),
        w.falseMerges(),
        w.differentPairs(),
        w.falseMergeRate());
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, String label, AcledResult r) {
    out.printf(Locale.ROOT, "%s: %d rows%n", label, r.rows());
    out.printf(
        Locale.ROOT,
        "  exact fatality count recall: %d/%d = %.3f%n",
        r.exactHits(),
        r.fatalRows(),
        r.fatalityRecall());
    out.printf(
        Locale.ROOT,
        "  killed figure on rows coded 0: %d/%d = %.3f%n",
        r.zeroRowsWithKilled(),
        r.zeroRows(),
        r.falseKilledRate());
    out.printf(
        Locale.ROOT,
        "  actors: precision %.3f recall %.3f (tp %d, fp %d, fn %d; %d labels without gazetteer entry not scored)%n",
        r.actorPrecision(),
        r.actorRecall(),
        r.actorTruePositives(),
        r.actorFalsePositives(),
        r.actorFalseNegatives(),
        r.unmappedActorLabels());
  }
}
