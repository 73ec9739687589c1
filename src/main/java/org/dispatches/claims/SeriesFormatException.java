package org.dispatches.claims;

/** A series file that cannot be read as dates and values: the message says where and why. */
public final class SeriesFormatException extends Exception {
  public SeriesFormatException(String message) {
    super(message);
  }
}
