package org.dispatches.cli;

import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dispatches.eval.DispatchesRanker;
import org.dispatches.eval.Figures;
import org.dispatches.eval.OpenSearchBaseline;
import org.dispatches.eval.Ranker;
import org.dispatches.eval.RankingEvaluation;
import org.dispatches.eval.TestCollection;
import org.dispatches.eval.TimeCollectionReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dispatches eval-ranking}: ranking quality on the judged TIME queries, beside an OpenSearch baseline. */
@Command(
    name = "eval-ranking",
    mixinStandardHelpOptions = true,
    description =
        "Measure ranking (MAP, nDCG@10, P@10, Recall@100, MRR) on the TIME 1963 test collection.")
final class EvalRankingCommand implements Callable<Integer> {
  static final String TIME_FOLDER = "time-magazine-1963-ir";

  @Option(
      names = "--data",
      description = "The shared data folder holding " + TIME_FOLDER + "/ (default: ../shared/data)")
  Path data;

  @Option(names = "--run", description = "Write Dispatches' run in TREC format to this file")
  Path runFile;

  @Option(
      names = "--opensearch",
      description =
          "Also measure an OpenSearch node at this URL (e.g. http://127.0.0.1:9200) as the baseline")
  URI opensearch;

  @Option(
      names = "--rm3",
      description =
          "Also measure RM3 feedback: DOCS:TERMS:LAMBDA[:EXACT] (e.g. 10:30:0.6;"
              + " DOCS 0 for none; EXACT: weight of the query's words as written as a further signal); repeatable")
  List<String> rm3 = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Path dir = (data == null ? Locations.defaultSharedData() : data).resolve(TIME_FOLDER);
    TestCollection collection = new TimeCollectionReader().read(dir);
    List<Figures> table = new ArrayList<>();
    try (DispatchesRanker dispatches = DispatchesRanker.index(collection)) {
      RankingEvaluation.Result result = RankingEvaluation.evaluate(collection, dispatches);
      table.add(result.figures());
      if (runFile != null) writeRun(result);
      for (String config : rm3) {
        String[] v = config.split(":");
        Ranker prf = new org.dispatches.eval.FeedbackRanker(
            dispatches,
            Integer.parseInt(v[0].strip()),
            Integer.parseInt(v[1].strip()),
            Float.parseFloat(v[2].strip()),
            v.length > 3 ? Float.parseFloat(v[3].strip()) : 0);
        table.add(RankingEvaluation.evaluate(collection, prf).figures());
      }
    }
    if (opensearch != null) {
      if (!OpenSearchBaseline.reachable(opensearch))
        throw new IllegalStateException("no OpenSearch node answers at " + opensearch);
      try (OpenSearchBaseline baseline = OpenSearchBaseline.index(opensearch, collection)) {
        table.add(RankingEvaluation.evaluate(collection, baseline).figures());
      }
    }
    print(collection, table, System.out);
    return 0;
  }

  private void writeRun(RankingEvaluation.Result result) throws Exception {
    try (Writer out = Files.newBufferedWriter(runFile, StandardCharsets.UTF_8)) {
      RankingEvaluation.writeTrecRun(result.run(), "dispatches", out);
    }
    System.err.println("run written to " + runFile);
  }

  static void print(TestCollection collection, List<Figures> table, PrintStream out) {
    out.printf(
        "%s: %d documents, %d queries (%d with judgments)%n",
        collection.name(),
        collection.documents().size(),
        collection.queries().size(),
        table.get(0).queries());
    out.printf(
        "%-12s %7s %8s %7s %11s %7s%n", "system", "MAP", "nDCG@10", "P@10", "Recall@100", "MRR");
    for (Figures f : table) {
      out.printf(
          Locale.ROOT,
          "%-12s %7.4f %8.4f %7.4f %11.4f %7.4f%n",
          f.system(),
          f.map(),
          f.ndcg10(),
          f.p10(),
          f.recall100(),
          f.mrr());
    }
  }
}
