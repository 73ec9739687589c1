package org.dispatches.search;

import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Drops the parts of a query that search only fields no report of the view has. Every plain word
 * is read in each language's fields (title_ar, body_he, ...) as well as in English; an archive
 * without Arabic or Hebrew reports still paid for those clauses in every search, and again for each
 * highlighted hit, where the highlighter rewrites the query and builds its weight per hit and field.
 * The pruned query matches the same reports with the same scores: a clause over an absent field
 * matches nothing and adds nothing to a score.
 */
final class AbsentFields {
  private AbsentFields() {}

  /** {@code query} without the clauses that search only fields outside {@code present}. */
  static Query prune(Query query, Set<String> present) {
    Query pruned = pruned(query, present);
    // a query that can match nothing here is kept whole: it answers nothing either way
    return pruned == null ? query : pruned;
  }

  /** The query pruned, the very same object when nothing was dropped, or null when it can match nothing. */
  private static Query pruned(Query q, Set<String> present) {
    if (q instanceof BoostQuery b) {
      Query inner = pruned(b.getQuery(), present);
      if (inner == null) return null;
      return inner == b.getQuery() ? q : new BoostQuery(inner, b.getBoost());
    }
    if (q instanceof BooleanQuery b) return prunedBoolean(b, present);
    String field = fieldOf(q);
    return field == null || present.contains(field) ? q : null;
  }

  private static Query prunedBoolean(BooleanQuery b, Set<String> present) {
    BooleanQuery.Builder out =
        new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
    boolean changed = false;
    int should = 0;
    int required = 0;
    int excluded = 0;
    Query lastShould = null;
    for (BooleanClause c : b.clauses()) {
      Query p = pruned(c.query(), present);
      if (p == null) {
        if (c.isRequired()) return null;
        // an optional clause that never matches, or an exclusion that excludes nothing
        changed = true;
        continue;
      }
      if (p != c.query()) changed = true;
      if (c.occur() == BooleanClause.Occur.SHOULD) {
        should++;
        lastShould = p;
      } else if (c.isRequired()) {
        required++;
      } else {
        excluded++;
      }
      out.add(p, c.occur());
    }
    // no positive clause left (or fewer optional ones than it needs): it matched nothing before
    // either
    if (required == 0 && should == 0) return null;
    if (should < b.getMinimumNumberShouldMatch()) return null;
    if (!changed) return b;
    // one optional clause alone scores as that clause does: no boolean around it
    if (required == 0 && excluded == 0 && should == 1) return lastShould;
    return out.build();
  }

  /** The one field a leaf query searches, or null when it is not known to search one field. */
  private static String fieldOf(Query q) {
    if (q instanceof TermQuery t) return t.getTerm().field();
    if (q instanceof PhraseQuery p) return p.getField();
    if (q instanceof MultiPhraseQuery m && m.getTermArrays().length > 0)
      return m.getTermArrays()[0][0].field();
    if (q instanceof SynonymQuery s) return s.getField();
    if (q instanceof MultiTermQuery m) return m.getField();
    if (q instanceof PointRangeQuery p) return p.getField();
    if (q instanceof TermInSetQuery t) return t.getField();
    return null;
  }
}
