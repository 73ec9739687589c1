package org.dispatches.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;

/**
 * The field {@link Fields#RANKED}: a report's English title and body indexed once more as one bag
 * of stems, each title word with the weight a title word has in a search (twice a body word's).
 *
 * <p>Why: a plain word is searched as "in the title (boosted) or in the body", two lists of
 * postings whose union the engine must walk and score match by match; at 1M reports the best hits
 * of two common words took 17 ms that way and 2 ms over one field. Here the word is one term, and
 * its score is BM25 over the weighted bag (as BM25F scores fields together: the title's words raise
 * the term frequency, and the title's length the report's length). Phrases, wildcards and
 * highlighting keep to the title and body fields.
 *
 * <p>Every report written with this field has it, even one with neither title nor body (it gets a
 * marker term no query produces), so that a view can tell whether all its reports have it: an index
 * written before the field existed, or partly so, is searched over title and body as before.
 */
public final class RankedText {
  /** How many times a title word counts: the title field's boost in searches. */
  public static final int TITLE_WEIGHT =
      Math.round(FieldCatalog.get(Fields.TITLE).boost());

  /** The term of a report with no English text: NUL is never a token of the analyzers. */
  static final String EMPTY_MARKER = "\u0000";

  /** Frequencies but no positions: custom term frequencies allow no positions, and no phrase runs here. */
  static final FieldType TYPE = type();

  private RankedText() {}

  /**
   * The ranked terms of one report, counted while its title and body fields are indexed, so that
   * the text is analysed once: the writer inverts a document's fields in order, and the ranked
   * field comes after both (the catalogue's order), so it replays what they counted. Each term is
   * given once with its weighted count, which makes the same postings and length as analysing the
   * title and body again.
   */
  static final class Counted {
    private final Map<String, int[]> counts = new HashMap<>();

    /** The title or body field {@code name} as the catalogue indexes it, its terms also counted {@code weight} times. */
    Field source(String name, String text, FieldType type, int weight) {
      return new Source(name, text, type, weight, this);
    }

    /** The ranked field, replaying the counted terms (the marker when there were none). */
    Field field() {
      return new Replay(this);
    }

    private void add(String term, int weight) {
      int[] n = counts.get(term);
      if (n == null) counts.put(term, new int[] {weight});
      else n[0] += weight;
    }
  }

  /** A title or body field whose tokens pass through unchanged and are counted on the way. */
  private static final class Source extends Field {
    private final int weight;
    private final Counted counted;

    Source(String name, String text, FieldType type, int weight, Counted counted) {
      super(name, text, type);
      this.weight = weight;
      this.counted = counted;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      TokenStream in = super.tokenStream(analyzer, reuse);
      return new TokenFilter(in) {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        @Override
        public boolean incrementToken() throws IOException {
          if (!input.incrementToken()) return false;
          counted.add(term.toString(), weight);
          return true;
        }
      };
    }
  }

  /** The ranked field of a report: each counted term once, its frequency the weighted count. */
  private static final class Replay extends Field {
    private final Counted counted;

    Replay(Counted counted) {
      super(Fields.RANKED, "", TYPE);
      this.counted = counted;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      return new TokenStream() {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private Iterator<Map.Entry<String, int[]>> entries;
        private boolean markerGiven;

        @Override
        public boolean incrementToken() {
          clearAttributes();
          if (entries == null) entries = counted.counts.entrySet().iterator();
          if (entries.hasNext()) {
            Map.Entry<String, int[]> e = entries.next();
            term.setEmpty().append(e.getKey());
            frequency.setTermFrequency(e.getValue()[0]);
            return true;
          }
          if (counted.counts.isEmpty() && !markerGiven) {
            markerGiven = true;
            term.setEmpty().append(EMPTY_MARKER);
            return true;
          }
          return false;
        }

        @Override
        public void reset() throws IOException {
          super.reset();
          entries = null;
          markerGiven = false;
        }
      };
    }
  }

  /** Whether every report of {@code reader} has the field: only then may searches score by it. */
  public static boolean coversAll(IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      int docs = leaf.reader().maxDoc();
      if (docs == 0) continue;
      Terms terms = leaf.reader().terms(Fields.RANKED);
      // doc counts include deleted reports, as maxDoc does
      if (terms == null || terms.getDocCount() != docs) return false;
    }
    return true;
  }

  private static FieldType type() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(false);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }
}
