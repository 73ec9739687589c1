package org.dispatches.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every query of a collection through a ranker and scores the results. */
public final class RankingEvaluation {
  /** How deep each query's ranking goes: enough for Recall@100 and for MAP as trec_eval computes it at depth 100. */
  public static final int DEPTH = 100;

  private RankingEvaluation() {}

  /** A ranker's run (query id to ranked document ids) and its figures. */
  public record Result(Figures figures, Map<String, List<String>> run) {}

  /** Runs every query of {@code collection} through {@code ranker}. */
  public static Result evaluate(TestCollection collection, Ranker ranker) throws IOException {
    Map<String, List<String>> run = new LinkedHashMap<>();
    for (TestCollection.JudgedQuery q : collection.queries())
      run.put(q.id(), ranker.rank(q.text(), DEPTH));
    return new Result(Figures.of(ranker.name(), collection, run), run);
  }

  /**
   * Writes {@code run} in TREC format ({@code qid Q0 docid rank score tag}); the score is
   * derived from the rank (the search API returns order, not scores), which trec_eval accepts.
   */
  public static void writeTrecRun(Map<String, List<String>> run, String tag, Writer out)
      throws IOException {
    for (Map.Entry<String, List<String>> e : run.entrySet()) {
      List<String> ids = e.getValue();
      for (int i = 0; i < ids.size(); i++) {
        out.write(e.getKey() + " Q0 " + ids.get(i) + " " + (i + 1) + " " + (ids.size() - i) + " "
            + tag + "\n");
      }
    }
  }
}
