package org.dispatches.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Line sources over strings and bytes, for reader tests. */
final class LineSources {
  private LineSources() {}

  static LineSource of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  static LineSource of(byte[] bytes) {
    return new ByteLineSource(new ByteArrayInputStream(bytes), CorpusReader.DEFAULT_MAX_LINE_BYTES);
  }
}
