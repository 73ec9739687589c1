package org.dispatches.ingest;

/** An input file: its name as shown to the user, its path relative to the corpus root, its format. */
public record SourceFile(String displayName, String relativePath, boolean multiRecord) {

  /** The location of a record starting at {@code line} in this file. */
  public SourceLocation at(long line) {
    return new SourceLocation(displayName, relativePath, line, multiRecord);
  }
}
