package org.dispatches.index;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Writes a hyphen between two letters ("cease-fire", "Al-Qassam") as an underscore, which the
 * standard tokenizer keeps inside a word, so that {@link HyphenatedWords} sees the compound whole.
 * One character for one: offsets need no correction.
 */
final class HyphenJoiner extends CharFilter {
  /** The char before the current buffer, for a hyphen at its start. */
  private int previous = -1;

  HyphenJoiner(Reader in) {
    super(new PushbackReader(in, 1));
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = input.read(buffer, offset, length);
    if (n <= 0) return n;
    int end = offset + n;
    for (int i = offset; i < end; i++) {
      if (!isHyphen(buffer[i])) continue;
      int before = i > offset ? buffer[i - 1] : previous;
      int after = i + 1 < end ? buffer[i + 1] : peek();
      if (before >= 0 && after >= 0 && Character.isLetter(before) && Character.isLetter(after))
        buffer[i] = '_';
    }
    previous = buffer[end - 1];
    return n;
  }

  private int peek() throws IOException {
    PushbackReader in = (PushbackReader) input;
    int c = in.read();
    if (c >= 0) in.unread(c);
    return c;
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) == -1 ? -1 : one[0];
  }
}
