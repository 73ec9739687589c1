package org.dispatches.ingest;

import java.io.IOException;

/** Decoded lines of one input file, in order. */
public interface LineSource {

  /** The next line, or null at the end of the input. */
  TextLine next() throws IOException;
}
