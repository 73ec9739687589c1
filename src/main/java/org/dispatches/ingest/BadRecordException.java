package org.dispatches.ingest;

/** A record whose shape is wrong (wrong types, missing text); carries the reason shown to the user. */
final class BadRecordException extends RuntimeException {
  BadRecordException(String reason) {
    super(reason, null, false, false);
  }
}
