package org.dispatches.ingest;

/** One line of an input file, decoded, with its 1-based number; {@code tooLong} when it was cut off. */
public record TextLine(long number, String text, boolean tooLong) {}
