package org.dispatches.claims;

/**
 * What a figure's qualifier says about the true number: "more than 20,000" is a lower bound,
 * "nearly 20,000" an upper one, "about 20,000" and a bare 20,000 a value. A lower bound under the
 * reference still holds ("more than 20,000" when the series says 21,507): loose, not wrong.
 */
enum Bound {
  LOWER,
  UPPER,
  VALUE;

  /** The bound of an extracted qualifier's normal form (see the extractor's qualifiers). */
  static Bound of(String qualifier) {
    if (qualifier == null) return VALUE;
    return switch (qualifier) {
      case "more than", "at least" -> LOWER;
      case "nearly",
          "close to",
          "up to",
          "as many as",
          "fewer than",
          "less than",
          "at most",
          "just under" -> UPPER;
      default -> VALUE;
    };
  }

  /** Whether a claim this far from the reference ({@code gap}, relative) is consistent with it. */
  boolean holds(double gap, double tolerance) {
    return switch (this) {
      case LOWER -> gap <= tolerance;
      case UPPER -> gap >= -tolerance;
      case VALUE -> Math.abs(gap) <= tolerance;
    };
  }
}
