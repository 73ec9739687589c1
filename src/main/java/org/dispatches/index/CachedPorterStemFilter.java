package org.dispatches.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's {@link PorterStemFilter}, with the stems of words already seen remembered. News text
 * repeats its words: stemming was 40% of the English analysis when indexing, and a lookup costs
 * a fraction of a stem. Lucene's Porter stemmer class is not public, so a miss runs the real
 * {@code PorterStemFilter} over a one-word stream: the stems are Lucene's, byte for byte.
 *
 * <p>A filter belongs to one thread (analyzers reuse their components per thread), so the cache
 * needs no locking; it is emptied when it reaches its bound rather than tracking recency.
 */
final class CachedPorterStemFilter extends TokenFilter {
  /** About 2 MB per analysing thread; a year of news uses fewer distinct words than this. */
  static final int DEFAULT_MAX_WORDS = 20_000;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final CharArrayMap<char[]> stems;
  private final int maxWords;
  private final OneWord oneWord = new OneWord();
  private final PorterStemFilter stemmer = new PorterStemFilter(oneWord);
  private final CharTermAttribute stemmed = stemmer.getAttribute(CharTermAttribute.class);

  CachedPorterStemFilter(TokenStream input) {
    this(input, DEFAULT_MAX_WORDS);
  }

  CachedPorterStemFilter(TokenStream input, int maxWords) {
    super(input);
    this.maxWords = maxWords;
    this.stems = new CharArrayMap<>(Math.min(maxWords, 4096), false);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    if (keyword.isKeyword()) return true;
    char[] buffer = term.buffer();
    int length = term.length();
    char[] stem = stems.get(buffer, 0, length);
    if (stem == null) {
      stem = stemOf(buffer, length);
      if (stems.size() >= maxWords) stems.clear();
      stems.put(Arrays.copyOf(buffer, length), stem);
    }
    term.copyBuffer(stem, 0, stem.length);
    return true;
  }

  private char[] stemOf(char[] buffer, int length) throws IOException {
    oneWord.set(buffer, length);
    stemmer.incrementToken();
    return Arrays.copyOf(stemmed.buffer(), stemmed.length());
  }

  /** A stream of one word, fed to the real stemmer on a cache miss. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute word = addAttribute(CharTermAttribute.class);
    private boolean pending;

    void set(char[] buffer, int length) {
      word.copyBuffer(buffer, 0, length);
      pending = true;
    }

    @Override
    public boolean incrementToken() {
      boolean had = pending;
      pending = false;
      return had;
    }
  }
}
