package org.dispatches.ingest;

import java.io.IOException;

/** Reads one input file's lines into reports; one implementation per format. */
public interface ReportReader {

  /**
   * Reads every record of {@code lines}, giving each good one and each problem to {@code sink}.
   *
   * @param file the file's name as the user gave it and its path relative to the corpus root
   */
  void read(LineSource lines, SourceFile file, ReportSink sink) throws IOException;
}
