package org.dispatches.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Reads one input file into reports; one implementation per format. */
public interface ReportReader {

  /**
   * Reads every record of {@code lines}, giving each good one and each problem to {@code sink}.
   *
   * @param file the file's name as the user gave it and its path relative to the corpus root
   */
  void read(LineSource lines, SourceFile file, ReportSink sink) throws IOException;

  /** Reads a file's bytes; line formats split them into lines, whole-document formats override this. */
  default void read(InputStream in, SourceFile file, ReportSink sink, int maxLineBytes)
      throws IOException {
    read(new ByteLineSource(in, maxLineBytes), file, sink);
  }
}
