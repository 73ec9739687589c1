package org.dispatches.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import org.dispatches.api.BadRequestException;
import org.dispatches.api.SignedTokens;
import org.dispatches.api.SortOrder;

/**
 * The cluster back end's position in a result list for reading past the paging depth: the sort
 * values of the last hit seen, for {@code search_after}. The sort always ends with the report id
 * ({@link SearchBody#sort}), a unique key, so a position is exact: no report is skipped or repeated
 * however many pages are read. Signed as the embedded back end's cursors are ({@link SignedTokens}).
 *
 * @param after the {@code sort} array of the last hit of the page before
 * @param page the number of the page the cursor leads to
 */
record ClusterCursor(SortOrder sort, JsonArray after, int page) {
  private static final String FORMAT = "o1";

  /** Writes and reads cursors; one per back end, so cursors of another server or run are refused. */
  static final class Codec {
    private final SignedTokens tokens = new SignedTokens();

    String encode(ClusterCursor cursor) {
      return tokens.sign(
          FORMAT + "|" + cursor.sort.param() + "|" + cursor.page + "|" + cursor.after);
    }

    /** The cursor a client sent back, checked against this back end's signature and the order asked for; a 400 otherwise. */
    ClusterCursor decode(String token, SortOrder expected) {
      String payload = tokens.verify(token);
      if (payload == null) throw bad();
      String[] parts = payload.split("\\|", 4);
      if (parts.length != 4 || !parts[0].equals(FORMAT)) throw bad();
      SortOrder sort = SortOrder.fromParam(parts[1]);
      if (sort != expected) {
        throw new BadRequestException(
            "bad_parameter",
            "this cursor was made for sort=" + sort.param()
                + "; send the same sort as the request that returned it");
      }
      return new ClusterCursor(
          sort, JsonParser.parseString(parts[3]).getAsJsonArray(), Integer.parseInt(parts[2]));
    }

    private static BadRequestException bad() {
      return new BadRequestException(
          "bad_parameter", "cursor is not one this server returned (use nextCursor as is)");
    }
  }
}
