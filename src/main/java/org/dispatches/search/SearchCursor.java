package org.dispatches.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;

/**
 * An opaque position in a result list for reading past {@link SearchService#MAX_DEPTH}: the sort
 * values and document of the last hit seen, for Lucene's search-after. Positions are exact within
 * one index view; when new reports are committed meanwhile, a page may repeat or miss a report at
 * its edge, never fail. {@code page} is the number of the page the cursor leads to, so that a
 * response read by cursor says which page it is.
 */
record SearchCursor(SortOrder sort, FieldDoc after, int page) {
  private static final String VERSION = "c1";

  /** The cursor after the last of {@code hits}, or null when there are none. */
  static SearchCursor after(SortOrder sort, ScoreDoc last, int page) {
    return last instanceof FieldDoc fd ? new SearchCursor(sort, fd, page) : null;
  }

  String encode() {
    StringBuilder b = new StringBuilder(VERSION).append('|').append(sort.param()).append('|').append(after.doc);
    for (Object v : after.fields) {
      if (v instanceof Float f) b.append("|f").append(Float.floatToIntBits(f));
      else if (v instanceof Long l) b.append("|l").append(l);
      else throw new IllegalStateException("unexpected sort value " + v);
    }
    b.append("|p").append(page);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor a client sent back; a 400 when it was not made by us or for another order. */
  static SearchCursor decode(String token, SortOrder expected) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8).split("\\|");
      if (parts.length < 5 || !parts[0].equals(VERSION)) throw bad();
      SortOrder sort = SortOrder.fromParam(parts[1]);
      if (sort != expected) {
        throw new BadRequestException("bad_parameter",
            "this cursor was made for sort=" + sort.param() + "; send the same sort as the request that returned it");
      }
      int last = parts.length - 1;
      if (!parts[last].startsWith("p")) throw bad();
      int page = Integer.parseInt(parts[last].substring(1));
      if (page < 2) throw bad();
      Object[] fields = new Object[last - 3];
      for (int i = 3; i < last; i++) fields[i - 3] = value(parts[i]);
      return new SearchCursor(sort, new FieldDoc(Integer.parseInt(parts[2]), Float.NaN, fields), page);
    } catch (IllegalArgumentException e) {
      throw bad();
    }
  }

  private static Object value(String part) {
    if (part.startsWith("f")) return Float.intBitsToFloat(Integer.parseInt(part.substring(1)));
    if (part.startsWith("l")) return Long.parseLong(part.substring(1));
    throw bad();
  }

  private static BadRequestException bad() {
    return new BadRequestException("bad_parameter", "cursor is not one this server returned (use nextCursor as is)");
  }
}
