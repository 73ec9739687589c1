package org.dispatches.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import org.dispatches.api.CursorTokens;
import org.dispatches.api.SortOrder;

/**
 * The cluster back end's position in a result list for reading past the paging depth: the sort
 * values of the last hit seen, for {@code search_after}. The sort always ends with the report id
 * ({@link SearchBody#sort}), a unique key, so a position is exact: no report is skipped or repeated
 * however many pages are read. Signed as the embedded back end's cursors are ({@link CursorTokens}).
 *
 * @param after the {@code sort} array of the last hit of the page before
 * @param page the number of the page the cursor leads to
 */
record ClusterCursor(SortOrder sort, JsonArray after, int page) {
  private static final String FORMAT = "o1";

  /** Writes and reads cursors; one per back end, so cursors of another server or run are refused. */
  static final class Codec {
    private final CursorTokens tokens = new CursorTokens(FORMAT);

    String encode(ClusterCursor cursor) {
      return tokens.encode(cursor.sort, cursor.page + "|" + cursor.after);
    }

    /** The cursor a client sent back, checked against this back end's signature and the order asked for; a 400 otherwise. */
    ClusterCursor decode(String token, SortOrder expected) {
      String[] parts = tokens.decode(token, expected).split("\\|", 2);
      if (parts.length != 2) throw CursorTokens.notOurs();
      return new ClusterCursor(
          expected, JsonParser.parseString(parts[1]).getAsJsonArray(), Integer.parseInt(parts[0]));
    }
  }
}
