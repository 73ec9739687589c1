package org.dispatches.search;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.dispatches.api.CursorTokens;
import org.dispatches.api.SortOrder;

/**
 * An opaque position in a result list for reading past {@link SearchService#MAX_DEPTH}: the view
 * of the index the first page was read from (its reader version, kept open by
 * {@link SearcherSource#keepForCursors}), and the sort values and document of the last hit seen,
 * for Lucene's search-after. Reading on in the same view makes the pages exact whatever is merged
 * or committed meanwhile: document numbers and scores are those of that view. {@code page} is the
 * number of the page the cursor leads to, so that a response read by cursor says which page it is.
 *
 * @param version the reader version of the view
 */
record SearchCursor(SortOrder sort, long version, FieldDoc after, int page) {
  private static final String FORMAT = "c2";

  /** The cursor after the last of {@code hits} in the view {@code version}, or null when there are none. */
  static SearchCursor after(SortOrder sort, long version, ScoreDoc last, int page) {
    return last instanceof FieldDoc fd ? new SearchCursor(sort, version, fd, page) : null;
  }

  /**
   * Writes and reads cursors signed with a key of its own, so that any cursor the server did not
   * make (forged, altered, or from another run of the server) is refused before it is used.
   */
  static final class Codec {
    private final CursorTokens tokens = new CursorTokens(FORMAT);

    String encode(SearchCursor cursor) {
      StringBuilder b =
          new StringBuilder().append(cursor.version).append('|').append(cursor.after.doc);
      for (Object v : cursor.after.fields) {
        if (v instanceof Float f) b.append("|f").append(Float.floatToIntBits(f));
        else if (v instanceof Long l) b.append("|l").append(l);
        else throw new IllegalStateException("unexpected sort value " + v);
      }
      b.append("|p").append(cursor.page);
      return tokens.encode(cursor.sort, b.toString());
    }

    /**
     * The cursor a client sent back, checked against this server's signature and against the
     * order asked for, with sort values of the types that order has and a document inside
     * {@code maxDoc} of its view; a 400 otherwise.
     */
    SearchCursor decode(String token, SortOrder expected) {
      String[] parts = tokens.decode(token, expected).split("\\|");
      // signed by us: what follows can only fail if the format changed, which the tag rules out
      if (parts.length < 4) throw CursorTokens.notOurs();
      int last = parts.length - 1;
      Object[] fields = new Object[last - 2];
      for (int i = 2; i < last; i++) fields[i - 2] = value(parts[i]);
      int page = Integer.parseInt(parts[last].substring(1));
      return new SearchCursor(
          expected,
          Long.parseLong(parts[0]),
          new FieldDoc(Integer.parseInt(parts[1]), Float.NaN, fields),
          page);
    }
  }

  private static Object value(String part) {
    if (part.startsWith("f")) return Float.intBitsToFloat(Integer.parseInt(part.substring(1)));
    if (part.startsWith("l")) return Long.parseLong(part.substring(1));
    throw CursorTokens.notOurs();
  }
}
