package org.dispatches.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Runs a chain of filters that map each term on its own (lower case, folding, stop words, stems)
 * once per distinct term, and replays the remembered outcome for every later occurrence. News
 * text repeats its words: the English chain cost a third of the indexing thread's time, most of
 * it in two hash lookups per token (stop list, stem cache) and in re-lowering and re-folding the
 * same words. Here a token costs one lookup in a table laid out in flat arrays.
 *
 * <p>The chain must take one token to one token or to none, from its text alone: Lucene's
 * {@code LowerCaseFilter}, {@code ASCIIFoldingFilter} (without preserving the original),
 * {@code StopFilter} and {@code PorterStemFilter} qualify. A dropped token's position increment
 * goes to the next kept token, as in {@code StopFilter}: both are {@link FilteringTokenFilter}s.
 * Keyword marking is not supported: no filter before this one may set it. A filter belongs to one
 * thread (analyzers reuse their components per thread); the table is emptied at its bound.
 */
final class MemoizedTermFilters extends FilteringTokenFilter {
  /** About 2 MB per analysing thread; a year of news uses fewer distinct surface forms than this. */
  static final int DEFAULT_MAX_TERMS = 40_000;
  /** A term longer than this is passed through the chain every time, not remembered. */
  private static final int MAX_REMEMBERED_LENGTH = 64;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OneTerm oneTerm = new OneTerm();
  private final TokenStream chain;
  private final CharTermAttribute chainTerm;
  private final Table table;

  MemoizedTermFilters(TokenStream input, UnaryOperator<TokenStream> chain) {
    this(input, chain, DEFAULT_MAX_TERMS);
  }

  MemoizedTermFilters(TokenStream input, UnaryOperator<TokenStream> chain, int maxTerms) {
    super(input);
    this.chain = chain.apply(oneTerm);
    this.chainTerm = this.chain.getAttribute(CharTermAttribute.class);
    this.table = new Table(maxTerms);
  }

  /** Replaces the term by the chain's output; false when the chain drops it (the superclass then carries its position). */
  @Override
  protected boolean accept() throws IOException {
    char[] buffer = term.buffer();
    int length = term.length();
    if (length > MAX_REMEMBERED_LENGTH) return chainKeeps(buffer, length) && takeChainOutput();
    int hash = Table.hash(buffer, length);
    int entry = table.find(buffer, length, hash);
    if (entry >= 0) {
      if (table.dropped(entry)) return false;
      table.copyOutput(entry, term);
      return true;
    }
    boolean kept = chainKeeps(buffer, length);
    table.add(
        buffer, length, hash, kept ? chainTerm.buffer() : null, kept ? chainTerm.length() : 0);
    return kept && takeChainOutput();
  }

  /** Runs the chain over this one term, leaving this stream's term as it is; false when dropped. */
  private boolean chainKeeps(char[] buffer, int length) throws IOException {
    oneTerm.set(buffer, length);
    return chain.incrementToken();
  }

  private boolean takeChainOutput() {
    term.copyBuffer(chainTerm.buffer(), 0, chainTerm.length());
    return true;
  }

  /**
   * Open addressing over flat arrays: input and output characters in one pool, so that a lookup
   * touches the slot array and one stretch of the pool instead of chasing a key object.
   */
  private static final class Table {
    /** Slots and entries start small and double up to this bound: query-parsing threads see few words. */
    private static final int INITIAL_TERMS = 512;

    private final int maxTerms;
    private int[] slots;
    private int mask;
    /** Per entry: hash, input start, input length, output start, output length (-1: dropped). */
    private int[] entries;

    private char[] pool = new char[INITIAL_TERMS * 16];
    private int poolUsed;
    private int count;

    Table(int maxTerms) {
      this.maxTerms = maxTerms;
      allocate(Math.min(maxTerms, INITIAL_TERMS));
    }

    /** Room for {@code terms} entries, slots at most a quarter full. */
    private void allocate(int terms) {
      int size = Integer.highestOneBit(Math.max(16, terms) * 2) << 1;
      slots = new int[size];
      mask = size - 1;
      entries = entries == null ? new int[terms * 5] : Arrays.copyOf(entries, terms * 5);
    }

    static int hash(char[] chars, int length) {
      int h = 0;
      for (int i = 0; i < length; i++) h = 31 * h + chars[i];
      return h * 0x9E3779B9; // spreads the low bits the mask keeps
    }

    /** The entry of the term, or -1. */
    int find(char[] chars, int length, int hash) {
      for (int slot = hash >>> 7 & mask; ; slot = (slot + 1) & mask) {
        int e = slots[slot] - 1;
        if (e < 0) return -1;
        int at = e * 5;
        if (entries[at] == hash
            && entries[at + 2] == length
            && sameChars(chars, length, entries[at + 1])) return e;
      }
    }

    private boolean sameChars(char[] chars, int length, int start) {
      for (int i = 0; i < length; i++) if (pool[start + i] != chars[i]) return false;
      return true;
    }

    /** Remembers a term and what the chain made of it (null output: dropped). */
    void add(char[] input, int inputLength, int hash, char[] output, int outputLength) {
      if (count == maxTerms) {
        Arrays.fill(slots, 0);
        count = 0;
        poolUsed = 0;
      } else if (count * 5 == entries.length) {
        grow();
      }
      int need = inputLength + (output == null ? 0 : outputLength);
      if (poolUsed + need > pool.length)
        pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolUsed + need));
      int e = count++;
      int at = e * 5;
      entries[at] = hash;
      entries[at + 1] = poolUsed;
      entries[at + 2] = inputLength;
      System.arraycopy(input, 0, pool, poolUsed, inputLength);
      poolUsed += inputLength;
      if (output == null) {
        entries[at + 4] = -1;
      } else {
        entries[at + 3] = poolUsed;
        entries[at + 4] = outputLength;
        System.arraycopy(output, 0, pool, poolUsed, outputLength);
        poolUsed += outputLength;
      }
      place(e);
    }

    private void place(int e) {
      int slot = entries[e * 5] >>> 7 & mask;
      while (slots[slot] != 0) slot = (slot + 1) & mask;
      slots[slot] = e + 1;
    }

    private void grow() {
      allocate(Math.min(maxTerms, count * 2));
      for (int e = 0; e < count; e++) place(e);
    }

    boolean dropped(int entry) {
      return entries[entry * 5 + 4] < 0;
    }

    void copyOutput(int entry, CharTermAttribute term) {
      term.copyBuffer(pool, entries[entry * 5 + 3], entries[entry * 5 + 4]);
    }
  }

  /** A stream of one term, fed to the chain when a term is first seen. */
  private static final class OneTerm extends TokenStream {
    private final CharTermAttribute word = addAttribute(CharTermAttribute.class);
    private boolean pending;

    void set(char[] buffer, int length) {
      // a fresh token each time: the chain's position increments and flags must not carry over
      clearAttributes();
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
