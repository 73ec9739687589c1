package org.dispatches.api;

/**
 * The envelope both back ends' cursors share: a format tag, the order the cursor was made for and
 * the back end's own position, signed ({@link SignedTokens}). A cursor this instance did not make
 * (forged, altered, from another server or run, or of another format) is a 400, and so is one sent
 * with another order, before the back end reads its position.
 */
public final class CursorTokens {
  private final SignedTokens tokens = new SignedTokens();
  private final String format;

  /** @param format the back end's tag for its position's layout; change it when the layout changes */
  public CursorTokens(String format) {
    this.format = format;
  }

  /** The cursor for {@code position} in results in {@code sort} order. */
  public String encode(SortOrder sort, String position) {
    return tokens.sign(format + "|" + sort.param() + "|" + position);
  }

  /** The position of a cursor this instance made for {@code expected} order; a 400 otherwise. */
  public String decode(String token, SortOrder expected) {
    String payload = tokens.verify(token);
    if (payload == null) throw notOurs();
    String[] parts = payload.split("\\|", 3);
    if (parts.length != 3 || !parts[0].equals(format)) throw notOurs();
    SortOrder sort = SortOrder.fromParam(parts[1]);
    if (sort != expected) {
      throw new BadRequestException(
          "bad_parameter",
          "this cursor was made for sort=" + sort.param()
              + "; send the same sort as the request that returned it");
    }
    return parts[2];
  }

  /** The answer to a cursor that is not one this server returned. */
  public static BadRequestException notOurs() {
    return new BadRequestException(
        "bad_parameter", "cursor is not one this server returned (use nextCursor as is)");
  }
}
