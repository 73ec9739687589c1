package org.dispatches.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dispatches.index.Fields;

/**
 * Reshapes a query of many plain words (a question or description, as in a test collection) that
 * the parser read with the default AND: requiring every word of a long description finds almost
 * nothing, so such a query asks for a share of its words and rewards words that stand close
 * together in the body. Short queries and queries with explicit operators keep AND.
 */
final class LongQueries {
  /** From this many words on, a query is a description rather than a keyword search. */
  static final int MANY_WORDS = 3;
  /** How many of a long query's words a report must contain at least. */
  static final int MINIMUM_WORDS = 1;
  /** The share of a long query's words a report must contain. */
  static final float MINIMUM_SHARE = 0.2f;
  /** How far apart two neighbouring query words may stand and still earn the proximity boost. */
  static final int PROXIMITY_SLOP = 0;
  /** The weight of the proximity clauses against the words themselves; 0 turns them off. */
  static final float PROXIMITY_BOOST = 0f;

  private static final Pattern EXPLICIT_OPERATORS = Pattern.compile("(^|\\s)(AND|OR|NOT|&&|\\|\\|)(\\s|$)|(^|\\s)[+\\-(]|\"");

  private LongQueries() {}

  /** Whether {@code parsed} (read with AND) is a long query of plain words: many required words, no operators. */
  static boolean isLong(Query parsed, String text) {
    if (!(parsed instanceof BooleanQuery bq) || EXPLICIT_OPERATORS.matcher(text).find()) return false;
    for (BooleanClause c : bq.clauses()) {
      if (c.occur() != BooleanClause.Occur.MUST) return false;
    }
    return bq.clauses().size() >= MANY_WORDS;
  }

  /** The long query {@code orParsed} (read with OR) asking for a share of its words, with the proximity boost. */
  static Query relax(Query orParsed) {
    if (!(orParsed instanceof BooleanQuery bq)) return orParsed;
    List<Query> words = new ArrayList<>();
    for (BooleanClause c : bq.clauses()) words.add(c.query());
    BooleanQuery.Builder share = new BooleanQuery.Builder();
    for (Query w : words) share.add(w, BooleanClause.Occur.SHOULD);
    share.setMinimumNumberShouldMatch(Math.max(MINIMUM_WORDS, (int) Math.ceil(MINIMUM_SHARE * words.size())));
    Query proximity = proximity(words);
    if (proximity == null) return share.build();
    return new BooleanQuery.Builder()
        .add(share.build(), BooleanClause.Occur.MUST)
        .add(proximity, BooleanClause.Occur.SHOULD)
        .build();
  }

  /** Sloppy two-word phrases in the body for each pair of neighbouring words, or null when there are none. */
  private static Query proximity(List<Query> words) {
    if (PROXIMITY_BOOST <= 0) return null;
    BooleanQuery.Builder pairs = new BooleanQuery.Builder();
    int n = 0;
    Term previous = null;
    for (Query w : words) {
      Term term = bodyTerm(w);
      if (previous != null && term != null) {
        pairs.add(new PhraseQuery(PROXIMITY_SLOP, Fields.BODY, previous.bytes(), term.bytes()), BooleanClause.Occur.SHOULD);
        n++;
      }
      previous = term;
    }
    return n == 0 ? null : new BoostQuery(pairs.build(), PROXIMITY_BOOST);
  }

  /** The body term of one word's clause (the parser expands a word over title and body), or null. */
  private static Term bodyTerm(Query q) {
    if (q instanceof BoostQuery b) return bodyTerm(b.getQuery());
    if (q instanceof TermQuery t) return t.getTerm().field().equals(Fields.BODY) ? t.getTerm() : null;
    if (q instanceof BooleanQuery b) {
      Term found = null;
      for (BooleanClause c : b.clauses()) {
        Term t = bodyTerm(c.query());
        if (t != null) {
          if (found != null) return null; // a word analysed into several terms: no single term to pair
          found = t;
        }
      }
      return found;
    }
    return null;
  }
}
