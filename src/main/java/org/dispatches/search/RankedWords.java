package org.dispatches.search;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.dispatches.index.Fields;
import org.dispatches.index.RankedText;

/**
 * Scores each plain word over {@link Fields#RANKED} instead of as "in the title or in the body":
 * the query parser reads a word as {@code (title:w^2 body:w^1)}, which matches exactly the reports
 * whose ranked field holds {@code w}, so the word becomes the one term {@code ranked:w}. Only that
 * pair is replaced; phrases, wildcards, fuzzy terms, other languages' fields, actor and figure
 * clauses stay as they are. Snippets are marked from the query as read, not from this one.
 */
final class RankedWords {
  private RankedWords() {}

  /** {@code query} with every title-or-body word pair as one ranked term; the same object when it has none. */
  static Query merge(Query query) {
    if (query instanceof BoostQuery b) {
      Query inner = merge(b.getQuery());
      return inner == b.getQuery() ? query : new BoostQuery(inner, b.getBoost());
    }
    if (!(query instanceof BooleanQuery bq)) return query;
    BytesRef word = pairWord(bq);
    if (word != null) return new TermQuery(new Term(Fields.RANKED, word));
    boolean changed = false;
    BooleanQuery.Builder b =
        new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    for (BooleanClause c : bq.clauses()) {
      Query merged = merge(c.query());
      changed |= merged != c.query();
      b.add(merged, c.occur());
    }
    return changed ? b.build() : query;
  }

  /** The word of a {@code (title:w^2 body:w)} pair (either order), or null when {@code q} is anything else. */
  private static BytesRef pairWord(BooleanQuery q) {
    List<BooleanClause> clauses = q.clauses();
    if (clauses.size() != 2 || q.getMinimumNumberShouldMatch() != 0) return null;
    for (BooleanClause c : clauses) if (c.occur() != BooleanClause.Occur.SHOULD) return null;
    Query a = clauses.get(0).query(), b = clauses.get(1).query();
    BytesRef title = titleWord(a), body = bodyWord(b);
    if (title == null || body == null) {
      title = titleWord(b);
      body = bodyWord(a);
    }
    return title != null && title.equals(body) ? title : null;
  }

  /** The word of {@code title:w} boosted by the weight the ranked field gives title words, or null. */
  private static BytesRef titleWord(Query q) {
    return q instanceof BoostQuery b
            && b.getBoost() == RankedText.TITLE_WEIGHT
            && b.getQuery() instanceof TermQuery t
            && t.getTerm().field().equals(Fields.TITLE)
        ? t.getTerm().bytes()
        : null;
  }

  /** The word of {@code body:w}, bare or boosted by 1 (as the parser writes it), or null. */
  private static BytesRef bodyWord(Query q) {
    if (q instanceof BoostQuery b && b.getBoost() == 1f) q = b.getQuery();
    return q instanceof TermQuery t && t.getTerm().field().equals(Fields.BODY)
        ? t.getTerm().bytes()
        : null;
  }
}
