package org.dispatches.extract.figures;

/**
 * A count found in a sentence: the tokens it spans, its value, the time unit when it is a duration
 * ("50-day" is 50 with unit "day"), and how it is bounded: a vague quantity ("tens of thousands")
 * is its lower bound, the upper end of a range ("5,000-7,000") its upper bound.
 */
record NumberMention(int first, int last, long value, String unit, Bound bound) {
  /** How the stated number bounds the count. */
  enum Bound {
    EXACT,
    VAGUE_LOWER,
    RANGE_UPPER
  }

  NumberMention(int first, int last, long value, String unit) {
    this(first, last, value, unit, Bound.EXACT);
  }

  boolean isDuration() {
    return unit != null;
  }

  /** The value in days, for a duration. */
  long days() {
    return switch (unit) {
      case "week" -> value * 7;
      case "month" -> value * 30;
      default -> value;
    };
  }
}
