package org.dispatches.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  private static Document report(String title, String body) {
    Document doc = new Document();
    RankedText.addTo(doc, title, body);
    return doc;
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

  private static int freq(LeafReader leaf, String stem) throws Exception {
    TermsEnum terms = leaf.terms(Fields.RANKED).iterator();
    if (!terms.seekExact(new BytesRef(stem))) return -1;
    PostingsEnum p = terms.postings(null, PostingsEnum.FREQS);
    p.nextDoc();
    return p.freq();
  }
}
