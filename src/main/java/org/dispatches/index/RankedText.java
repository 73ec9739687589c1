package org.dispatches.index;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Document;
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

  private static final FieldType TYPE = type(true);
  /** The marker's: one token as written, which the English analysis would drop. */
  private static final FieldType MARKER_TYPE = type(false);

  private RankedText() {}

  /** Adds the field for a report of {@code title} and {@code body} (either may be null). */
  static void addTo(Document doc, String title, String body) {
    boolean any = false;
    if (title != null && !title.isBlank()) {
      doc.add(new Weighted(title, TITLE_WEIGHT));
      any = true;
    }
    if (body != null && !body.isBlank()) {
      doc.add(new Weighted(body, 1));
      any = true;
    }
    if (!any) doc.add(new Field(Fields.RANKED, EMPTY_MARKER, MARKER_TYPE));
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

  private static FieldType type(boolean tokenized) {
    FieldType type = new FieldType();
    type.setTokenized(tokenized);
    type.setStored(false);
    // frequencies but no positions: custom term frequencies allow no positions, and no phrase
    // runs here
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  /** One text of the field, analyzed as English when indexed, each of its words counted {@code weight} times. */
  private static final class Weighted extends Field {
    private final int weight;

    Weighted(String text, int weight) {
      super(Fields.RANKED, text, TYPE);
      this.weight = weight;
    }

    /**
     * The writer's analyzer, asked for this field, is the English one. It is asked when the field
     * is indexed, after the previous field's stream was used up, so reusing its stream is safe.
     */
    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      return new Weight(analyzer.tokenStream(Fields.RANKED, stringValue()), weight);
    }
  }

  /** Sets each token's frequency to the weight of its text. */
  private static final class Weight extends TokenFilter {
    private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
    private final int weight;

    Weight(TokenStream in, int weight) {
      super(in);
      this.weight = weight;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      frequency.setTermFrequency(weight);
      return true;
    }
  }
}
