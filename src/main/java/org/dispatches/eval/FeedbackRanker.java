package org.dispatches.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.dispatches.api.ActorNames;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.index.Fields;
import org.dispatches.index.TextAnalysis;
import org.dispatches.search.QueryTranslator;

/**
 * RM3 pseudo-relevance feedback (Lavrenko and Croft's relevance model, interpolated with the
 * query) over {@link DispatchesRanker}'s index, for measuring: the query is run, the terms of its
 * {@code docs} best documents are weighted by their share of each document times the document's
 * normalized score, and the {@code terms} heaviest are added to the query with weight
 * {@code lambda} against {@code 1 - lambda} for the query as typed.
 */
public final class FeedbackRanker implements Ranker {
  private final DispatchesRanker index;
  private final QueryTranslator translator =
      new QueryTranslator(new ActorNames(Gazetteer.loadDefault()));
  private final Analyzer analyzer = TextAnalysis.perField();
  private final int docs;
  private final int terms;
  private final float lambda;
  private final float exactBoost;

  public FeedbackRanker(DispatchesRanker index, int docs, int terms, float lambda) {
    this(index, docs, terms, lambda, 0);
  }

  /** With {@code exactBoost} > 0, the query's words as written (body_exact) are a further signal of that weight. */
  public FeedbackRanker(
      DispatchesRanker index, int docs, int terms, float lambda, float exactBoost) {
    this.exactBoost = exactBoost;
    this.index = index;
    this.docs = docs;
    this.terms = terms;
    this.lambda = lambda;
  }

  @Override
  public String name() {
    return "dispatches+rm3(" + docs + "," + terms + "," + lambda + ")"
        + (exactBoost > 0 ? "+exact(" + exactBoost + ")" : "");
  }

  @Override
  public List<String> rank(String query, int depth) throws IOException {
    Query original = withExactWords(translator.translate(UserQueries.plainWords(query)), query);
    return index.searchers().withSearcher(searcher -> {
      if (docs == 0) return ids(searcher.storedFields(), searcher.search(original, depth));
      TopDocs first = searcher.search(original, docs);
      Map<String, Double> model = new HashMap<>();
      double scores = 0;
      for (ScoreDoc sd : first.scoreDocs) scores += sd.score;
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : first.scoreDocs) {
        String body = stored.document(sd.doc).get(Fields.BODY);
        Map<String, Integer> tf = termCounts(body == null ? "" : body);
        double length = tf.values().stream().mapToInt(Integer::intValue).sum();
        for (var e : tf.entrySet())
          model.merge(e.getKey(), e.getValue() / length * sd.score / scores, Double::sum);
      }
      List<Map.Entry<String, Double>> best = new ArrayList<>(model.entrySet());
      best.sort(Map.Entry.<String, Double>comparingByValue().reversed());
      BooleanQuery.Builder expansion = new BooleanQuery.Builder();
      double total = 0;
      for (int i = 0; i < Math.min(terms, best.size()); i++)
        total += best.get(i).getValue();
      for (int i = 0; i < Math.min(terms, best.size()); i++) {
        Query t = new TermQuery(new Term(Fields.BODY, best.get(i).getKey()));
        expansion.add(
            new BoostQuery(t, (float) (best.get(i).getValue() / total)),
            BooleanClause.Occur.SHOULD);
      }
      Query expanded = new BooleanQuery.Builder()
          .add(new BoostQuery(original, 1 - lambda), BooleanClause.Occur.SHOULD)
          .add(new BoostQuery(expansion.build(), lambda), BooleanClause.Occur.SHOULD)
          .build();
      return ids(stored, searcher.search(expanded, depth));
    });
  }

  private static List<String> ids(StoredFields stored, TopDocs top) throws IOException {
    List<String> ids = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) ids.add(stored.document(sd.doc).get(Fields.ID));
    return ids;
  }

  /** {@code q} or, with weight {@link #exactBoost}, any of the query's content words as written. */
  private Query withExactWords(Query q, String text) throws IOException {
    if (exactBoost <= 0) return q;
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    try (TokenStream ts = analyzer.tokenStream(Fields.BODY_EXACT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (!TextAnalysis.ENGLISH_STOP_WORDS.contains(term.toString())) {
          words.add(
              new TermQuery(new Term(Fields.BODY_EXACT, term.toString())),
              BooleanClause.Occur.SHOULD);
        }
      }
      ts.end();
    }
    return new BooleanQuery.Builder()
        .add(q, BooleanClause.Occur.SHOULD)
        .add(new BoostQuery(words.build(), exactBoost), BooleanClause.Occur.SHOULD)
        .build();
  }

  private Map<String, Integer> termCounts(String text) throws IOException {
    Map<String, Integer> tf = new HashMap<>();
    try (TokenStream ts = analyzer.tokenStream(Fields.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) tf.merge(term.toString(), 1, Integer::sum);
      ts.end();
    }
    return tf;
  }

  @Override
  public void close() {}
}
