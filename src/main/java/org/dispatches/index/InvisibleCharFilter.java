package org.dispatches.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.dispatches.extract.text.Invisibles;

/**
 * Removes invisible characters ({@link Invisibles}: soft hyphens, zero-width joiners, BOM, bidi marks) before
 * tokenizing, with offsets corrected for highlighting. Hand-written rather than a
 * {@code MappingCharFilter}: that one walks an FST for every character, which profiling showed to
 * be 15% of writing a report, while the text it sees almost never holds one of these characters;
 * this one copies each buffer in one pass and only records a correction where it removed something.
 */
final class InvisibleCharFilter extends BaseCharFilter {
  /** Chars removed so far: the difference between an input offset and the output offset. */
  private int removed;
  /** Chars handed out so far: the output offset of the next char. */
  private int written;

  private InvisibleCharFilter(Reader in) {
    super(in);
  }

  static Reader wrap(Reader reader) {
    return new InvisibleCharFilter(reader);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    while (true) {
      int n = input.read(buffer, offset, length);
      if (n <= 0) return n;
      int to = offset;
      for (int from = offset; from < offset + n; from++) {
        char c = buffer[from];
        if (c >= '\u00AD' && Invisibles.isInvisible(c)) {
          removed++;
          addOffCorrectMap(written + (to - offset), removed);
        } else {
          buffer[to++] = c;
        }
      }
      int kept = to - offset;
      written += kept;
      // a buffer of nothing but invisible characters: read on rather than return 0, which a Reader
      // must not
      if (kept > 0) return kept;
    }
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) == -1 ? -1 : one[0];
  }
}
