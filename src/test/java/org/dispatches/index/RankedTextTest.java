package org.dispatches.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;
import org.junit.jupiter.api.Test;

/** The ranked field holds each stem with its title words counted twice, and a view tells whether every report has it. */
class RankedTextTest {
  private static IndexWriter writer(ByteBuffersDirectory dir) throws Exception {
    IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.perField());
    config.setSimilarity(Scoring.similarity());
    return new IndexWriter(dir, config);
  }

  /** A report's title and body fields as the index writes them, and its ranked field. */
  private static Document report(String title, String body) {
    Document doc = new Document();
    RankedText.Counted terms = new RankedText.Counted();
    if (title != null)
      doc.add(
          terms.source(Fields.TITLE, title, TextField.TYPE_NOT_STORED, RankedText.TITLE_WEIGHT));
    if (body != null) doc.add(terms.source(Fields.BODY, body, TextField.TYPE_NOT_STORED, 1));
    doc.add(terms.field());
    return doc;
  }

  /** The reference the counted field is held to: title and body analysed again, each token given its weight. */
  private static void analysedAgain(Document doc, String title, String body) {
    if (title != null) doc.add(new Weighted(title, RankedText.TITLE_WEIGHT));
    if (body != null) doc.add(new Weighted(body, 1));
  }

  private static final class Weighted extends Field {
    private final int weight;

    Weighted(String text, int weight) {
      super(Fields.RANKED, text, RankedText.TYPE);
      this.weight = weight;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      TokenStream in = analyzer.tokenStream(Fields.RANKED, stringValue());
      return new TokenFilter(in) {
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);

        @Override
        public boolean incrementToken() throws java.io.IOException {
          if (!input.incrementToken()) return false;
          frequency.setTermFrequency(weight);
          return true;
        }
      };
    }
  }

  @Test
  void aTitleWordCountsTwiceAndTheLengthIsWeightedAlike() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = writer(dir)) {
        // stems: truce talk resum | truce held truce monitor watch
        w.addDocument(report("Truce talks resume", "The truce held. Truce monitors watched."));
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        LeafReader leaf = r.leaves().get(0).reader();
        assertEquals(2 * 1 + 2, freq(leaf, "truce"));
        assertEquals(2, freq(leaf, "talk"), "a title word only");
        assertEquals(1, freq(leaf, "monitor"), "a body word only");
        assertEquals(-1, freq(leaf, "the"), "stop words are dropped as in title and body");
        NumericDocValues norms = leaf.getNormValues(Fields.RANKED);
        assertTrue(norms.advanceExact(0));
        // three title stems counted twice, five body stems once
        assertEquals(SmallFloat.intToByte4(2 * 3 + 5), norms.longValue());
        assertTrue(RankedText.coversAll(r));
      }
    }
  }

  @Test
  void aReportWithoutTextStillHasTheFieldButAnOlderReportDoesNot() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = writer(dir)) {
        w.addDocument(report(null, " "));
        w.addDocument(report("Aid", null));
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        assertTrue(RankedText.coversAll(r), "the marker stands for the empty report");
      }
      try (IndexWriter w = writer(dir)) {
        // written as before the field existed: title and body only
        Document old = new Document();
        old.add(new Field(Fields.BODY, "aid trucks", TextField.TYPE_NOT_STORED));
        w.addDocument(old);
        w.forceMerge(1);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        assertFalse(RankedText.coversAll(r), "one report without it, even merged with others");
      }
    }
  }

  /** Counting the terms while title and body are indexed gives what analysing them again gives, on real full texts. */
  @Test
  void countedTermsEqualAnalysedTermsOnRealTexts() throws Exception {
    java.util.List<org.dispatches.ingest.RawReport> reports =
        org.dispatches.testing.RealReports.fullTexts().subList(0, 300);
    try (ByteBuffersDirectory again = new ByteBuffersDirectory();
        ByteBuffersDirectory counted = new ByteBuffersDirectory()) {
      try (IndexWriter a = writer(again);
          IndexWriter c = writer(counted)) {
        for (org.dispatches.ingest.RawReport r : reports) {
          Document d = new Document();
          d.add(new Field(
              Fields.TITLE, r.title() == null ? "" : r.title(), TextField.TYPE_NOT_STORED));
          d.add(new Field(Fields.BODY, r.body(), TextField.TYPE_NOT_STORED));
          analysedAgain(d, r.title(), r.body());
          a.addDocument(d);
          RankedText.Counted terms = new RankedText.Counted();
          Document e = new Document();
          if (r.title() != null)
            e.add(terms.source(
                Fields.TITLE, r.title(), TextField.TYPE_NOT_STORED, RankedText.TITLE_WEIGHT));
          e.add(terms.source(Fields.BODY, r.body(), TextField.TYPE_NOT_STORED, 1));
          e.add(terms.field());
          c.addDocument(e);
        }
        a.forceMerge(1);
        c.forceMerge(1);
      }
      try (DirectoryReader ra = DirectoryReader.open(again);
          DirectoryReader rc = DirectoryReader.open(counted)) {
        LeafReader la = ra.leaves().get(0).reader(), lc = rc.leaves().get(0).reader();
        assertEquals(la.terms(Fields.RANKED).size(), lc.terms(Fields.RANKED).size(), "terms");
        assertEquals(
            la.terms(Fields.RANKED).getSumTotalTermFreq(),
            lc.terms(Fields.RANKED).getSumTotalTermFreq(),
            "total frequency");
        TermsEnum ta = la.terms(Fields.RANKED).iterator(),
            tc = lc.terms(Fields.RANKED).iterator();
        for (BytesRef t = ta.next(); t != null; t = ta.next()) {
          assertEquals(t, tc.next());
          PostingsEnum pa = ta.postings(null, PostingsEnum.FREQS),
              pc = tc.postings(null, PostingsEnum.FREQS);
          for (int d = pa.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = pa.nextDoc()) {
            assertEquals(d, pc.nextDoc(), t.utf8ToString());
            assertEquals(pa.freq(), pc.freq(), t.utf8ToString());
          }
          assertEquals(PostingsEnum.NO_MORE_DOCS, pc.nextDoc());
        }
        NumericDocValues na = la.getNormValues(Fields.RANKED), nc = lc.getNormValues(Fields.RANKED);
        for (int d = 0; d < la.maxDoc(); d++) {
          assertTrue(na.advanceExact(d) && nc.advanceExact(d));
          assertEquals(na.longValue(), nc.longValue(), "length of report " + d);
        }
        assertTrue(RankedText.coversAll(rc));
      }
    }
  }

  private static int freq(LeafReader leaf, String stem) throws Exception {
    TermsEnum terms = leaf.terms(Fields.RANKED).iterator();
    if (!terms.seekExact(new BytesRef(stem))) return -1;
    PostingsEnum p = terms.postings(null, PostingsEnum.FREQS);
    p.nextDoc();
    return p.freq();
  }
}
