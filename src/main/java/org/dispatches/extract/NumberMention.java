package org.dispatches.extract;

/**
 * A count found in a sentence: the tokens it spans, its value, and the time unit when it is a
 * duration ("50-day" is 50 with unit "day").
 */
record NumberMention(int first, int last, long value, String unit) {
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
