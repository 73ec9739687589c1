package org.dispatches.api;

/** How results are ordered. */
public enum SortOrder {
  RELEVANCE("relevance"),
  DATE_ASCENDING("date"),
  DATE_DESCENDING("-date");

  private final String param;

  SortOrder(String param) {
    this.param = param;
  }

  public String param() {
    return param;
  }

  /** The order named by an API {@code sort} value. */
  public static SortOrder fromParam(String value) {
    for (SortOrder s : values()) if (s.param.equals(value)) return s;
    throw new BadRequestException(
        "bad_parameter", "sort must be one of relevance, date, -date; got \"" + value + "\"");
  }
}
