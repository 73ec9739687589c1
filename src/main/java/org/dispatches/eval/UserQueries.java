package org.dispatches.eval;

import java.util.Locale;
import org.apache.lucene.queryparser.flexible.standard.QueryParserUtil;

/**
 * Turns a test collection's query into what a user would type in the search box: lower case (so
 * that the words AND, OR, NOT in a TIME query are words, not operators) with every character of
 * the query language escaped (so that punctuation is never a syntax error).
 */
public final class UserQueries {
  private UserQueries() {}

  /** The plain-words form of {@code text}. */
  public static String plainWords(String text) {
    return QueryParserUtil.escape(text.toLowerCase(Locale.ROOT));
  }
}
