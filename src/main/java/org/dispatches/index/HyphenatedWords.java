package org.dispatches.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits a compound that {@link HyphenJoiner} kept whole ("cease_fire") into its words at
 * successive positions, as the hyphen would have, and adds the compound as written with its
 * hyphen ("cease-fire") at the first word's position. The parts keep phrases and single words
 * working as before; the hyphenated term records that the compound occurs, which lets a query
 * for the joined form ("ceasefire") also ask for the split one ("cease fire"), and gives
 * wildcards a term to match ({@code cease-fi*}).
 */
final class HyphenatedWords extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  /** The words still to emit of the current compound: text, start offset. */
  private final List<String> parts = new ArrayList<>();

  private final List<Integer> starts = new ArrayList<>();
  private int next;

  HyphenatedWords(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < parts.size()) {
      String part = parts.get(next);
      int start = starts.get(next);
      term.setEmpty().append(part);
      offset.setOffset(start, start + part.length());
      increment.setPositionIncrement(next == 0 ? 0 : 1);
      next++;
      return true;
    }
    if (!input.incrementToken()) return false;
    if (indexOf(term, '_') < 0) return true;
    split();
    if (parts.size() < 2) {
      parts.clear();
      return true;
    }
    // the compound first, with its hyphens, at the position of its first word; the words follow
    int start = offset.startOffset();
    for (int i = 0; i < term.length(); i++) if (term.charAt(i) == '_') term.buffer()[i] = '-';
    offset.setOffset(start, offset.endOffset());
    return true;
  }

  private void split() {
    parts.clear();
    starts.clear();
    next = 0;
    int from = 0;
    int base = offset.startOffset();
    for (int i = 0; i <= term.length(); i++) {
      if (i == term.length() || term.charAt(i) == '_') {
        if (i > from) {
          parts.add(term.subSequence(from, i).toString());
          starts.add(base + from);
        }
        from = i + 1;
      }
    }
  }

  private static int indexOf(CharTermAttribute t, char c) {
    for (int i = 0; i < t.length(); i++) if (t.charAt(i) == c) return i;
    return -1;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts.clear();
    starts.clear();
    next = 0;
  }
}
