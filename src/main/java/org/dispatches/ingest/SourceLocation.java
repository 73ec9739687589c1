package org.dispatches.ingest;

/**
 * Where a record came from: the file as the user named it, its path relative to the corpus root
 * (the stable part of a derived id), the 1-based line the record starts on, and whether the file
 * holds many records (so that the line is part of the record's identity).
 */
public record SourceLocation(String file, String relativePath, long line, boolean multiRecord) {

  /** A key unique per record within a corpus: the relative path, plus the line for multi-record files. */
  public String recordKey() {
    return multiRecord ? relativePath + "#" + line : relativePath;
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
