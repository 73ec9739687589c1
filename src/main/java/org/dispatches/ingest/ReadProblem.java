package org.dispatches.ingest;

/** A record that could not be read: where it is and why, so the user can fix the input. */
public record ReadProblem(String file, long line, String reason) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
