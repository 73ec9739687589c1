package org.dispatches.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Reshapes a query of many plain words (a question or description, as in a test collection) that
 * the parser read with the default AND: requiring every word of a long description finds almost
 * nothing, so such a query asks for a share of its words. Short queries and queries with explicit
 * operators keep AND. (Proximity boosts for neighbouring words were measured and lost on every
 * setting: docs/RANKING.md.)
 */
final class LongQueries {
  /** From this many words on, a query is a description rather than a keyword search. */
  static final int MANY_WORDS = 3;
  /** How many of a long query's words a report must contain at least. */
  static final int MINIMUM_WORDS = 1;
  /** The share of a long query's words a report must contain. */
  static final float MINIMUM_SHARE = 0.2f;

  private static final Pattern EXPLICIT_OPERATORS =
      Pattern.compile("(^|\\s)(AND|OR|NOT|&&|\\|\\|)(\\s|$)|(^|\\s)[+\\-(]|\"");

  private LongQueries() {}

  /** Whether {@code text} has an explicit operator, quote or group: then it is not a description. */
  static boolean hasOperators(String text) {
    return EXPLICIT_OPERATORS.matcher(text).find();
  }

  /** Whether {@code parsed} (read with AND) is a long query of plain words: many required words, no operators. */
  static boolean isLong(Query parsed, String text) {
    if (!(parsed instanceof BooleanQuery bq) || EXPLICIT_OPERATORS.matcher(text).find())
      return false;
    for (BooleanClause c : bq.clauses()) {
      if (c.occur() != BooleanClause.Occur.MUST) return false;
    }
    return bq.clauses().size() >= MANY_WORDS;
  }

  /** The long query {@code orParsed} (read with OR) asking for a share of its words. */
  static Query relax(Query orParsed) {
    if (!(orParsed instanceof BooleanQuery bq)) return orParsed;
    List<Query> words = new ArrayList<>();
    for (BooleanClause c : bq.clauses()) words.add(c.query());
    BooleanQuery.Builder share = new BooleanQuery.Builder();
    for (Query w : words) share.add(w, BooleanClause.Occur.SHOULD);
    share.setMinimumNumberShouldMatch(
        Math.max(MINIMUM_WORDS, (int) Math.ceil(MINIMUM_SHARE * words.size())));
    return share.build();
  }
}
