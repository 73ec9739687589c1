package org.dispatches.search;

import java.util.regex.Pattern;

/**
 * What to tell a reader whose query the parser refused (the page's {@code web/js/queryhelp.js} reads
 * the same slips in the browser). The parser's own message names its
 * internals (a syntax-error class, the exact-word field a wildcard ran on), so the query as typed
 * is read again for the usual slips: an unclosed bracket or quote, a leading wildcard.
 */
final class ParseErrorMessage {
  private static final Pattern LEADING_WILDCARD = Pattern.compile("(^|[\\s(])[*?]");
  private static final Pattern DANGLING_OPERATOR =
      Pattern.compile("^\\s*(AND|OR)\\b|\\b(AND|OR|NOT)\\s*\\)?\\s*$");
  private static final Pattern EMPTY_FIELD = Pattern.compile("\\b[A-Za-z_]+:(\\s|$)");

  private ParseErrorMessage() {}

  /** A sentence that says what is wrong with {@code query} and what to type instead. */
  static String of(String query, String parserMessage) {
    int quotes = 0;
    int opened = 0;
    int closed = 0;
    boolean inQuotes = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quotes++;
        inQuotes = !inQuotes;
      } else if (!inQuotes && c == '(') {
        opened++;
      } else if (!inQuotes && c == ')') {
        closed++;
      }
    }
    if (quotes % 2 == 1) {
      return "a quote \" is opened but never closed: close the phrase with a second \", or remove it";
    }
    if (opened != closed) {
      return "brackets do not pair up (" + opened + " \"(\" and " + closed
          + " \")\"): close each one you" + " open, or put the words in quotes";
    }
    if (LEADING_WILDCARD.matcher(query).find()
        || (parserMessage != null && parserMessage.contains("Leading wildcard"))) {
      return "a word cannot start with * or ?: type its first letters and put * at the end (fire*)";
    }
    if (DANGLING_OPERATOR.matcher(query).find()) {
      return "AND, OR and NOT need a word on each side (hostages AND release)";
    }
    if (EMPTY_FIELD.matcher(query).find()) {
      return "a colon needs a value right after it (title:ceasefire, killed:>100)";
    }
    return "it has characters the query language reads as operators (: ( ) [ ] { } \" ~ ^ * ? / + - !);"
        + " put such words in quotes, or remove the characters";
  }
}
