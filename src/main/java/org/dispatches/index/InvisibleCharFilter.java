package org.dispatches.index;

import java.io.Reader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Removes invisible characters (soft hyphens, zero-width joiners, BOM, bidi marks) before
 * tokenizing, with offsets corrected for highlighting. A mapping filter rather than a pattern
 * filter: the pattern filter buffers the whole field and runs a regex over it, which profiling
 * showed to be the costliest step of indexing a report.
 */
final class InvisibleCharFilter {
  /** The characters {@link org.dispatches.extract.Invisibles#PATTERN} matches. */
  private static final String INVISIBLES = "\u00AD\u200B\u200C\u200D\u2060\uFEFF\u200E\u200F";
  private static final NormalizeCharMap REMOVE = removals();

  private InvisibleCharFilter() {}

  static Reader wrap(Reader reader) {
    return new MappingCharFilter(REMOVE, reader);
  }

  private static NormalizeCharMap removals() {
    NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
    for (char c : INVISIBLES.toCharArray()) b.add(String.valueOf(c), "");
    return b.build();
  }
}
