package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** A page's stored fields, read once, answer every visitor as the index does. */
class PageStoredFieldsTest {
  @Test
  void replaysWhatTheReaderGivesToEveryVisitor() throws Exception {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        for (int i = 0; i < 5; i++) {
          Document d = new Document();
          d.add(new StoredField("title", "Report " + i));
          d.add(new StoredField("body", "Aid trucks crossed at Rafah, day " + i + "."));
          d.add(new StoredField("body", "A second value of the body."));
          d.add(new StoredField("similarity", 0.5 + i));
          d.add(new StoredField("count", i));
          d.add(new StoredField("stamp", 1_000_000_000_000L + i));
          d.add(new StoredField("ratio", 0.25f * i));
          d.add(new StoredField("raw", new BytesRef(new byte[] {1, 2, (byte) i})));
          w.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        StoredFields direct = reader.storedFields();
        StoredFields page = PageStoredFields.read(direct, new int[] {3, 1, 3});
        for (int doc : new int[] {1, 3, 0}) { // 0 is not on the page: read through
          assertEquals(fields(direct.document(doc)), fields(page.document(doc)));
          assertEquals(
              fields(direct.document(doc, Set.of("title", "raw"))),
              fields(page.document(doc, Set.of("title", "raw"))));
        }
        assertEquals(List.of("title"), firstOnly(page, 3));
        assertNull(page.document(1, Set.of("nothing")).get("title"));
      }
    }
  }

  /** A visitor that takes the first field and stops. */
  private static List<String> firstOnly(StoredFields fields, int doc) throws Exception {
    List<String> seen = new ArrayList<>();
    fields.document(doc, new StoredFieldVisitor() {
      @Override
      public Status needsField(FieldInfo info) {
        if (!seen.isEmpty()) return Status.STOP;
        seen.add(info.name);
        return Status.YES;
      }
    });
    return seen;
  }

  private static List<String> fields(Document d) {
    List<String> out = new ArrayList<>();
    for (IndexableField f : d.getFields()) {
      Object v = f.binaryValue() != null
          ? f.binaryValue()
          : f.numericValue() != null ? f.numericValue() : f.stringValue();
      out.add(f.name() + "=" + v);
    }
    return out;
  }
}
