package org.dispatches.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldDataInput;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteArrayDataInput;

/**
 * The stored fields of one page's hits, read once. Highlighting reads a hit's body and title, the
 * hit list its title and article, each through its own visit, and every visit decompresses the
 * hit's block of stored fields again: reading each hit once and replaying it to every visitor
 * halves that work. Replays follow the reader's rules (fields in stored order, a visitor may skip
 * a field or stop), so visitors see what the index would give them. Read-only once made: the
 * threads highlighting one page share it.
 */
final class PageStoredFields extends StoredFields {
  private final StoredFields from;
  private final Map<Integer, List<Value>> byDoc;

  private PageStoredFields(StoredFields from, Map<Integer, List<Value>> byDoc) {
    this.from = from;
    this.byDoc = byDoc;
  }

  /** Every stored field of {@code docs}, read from {@code from} in document order. */
  static PageStoredFields read(StoredFields from, int[] docs) throws IOException {
    int[] sorted = docs.clone();
    Arrays.sort(sorted);
    Map<Integer, List<Value>> byDoc = new HashMap<>();
    for (int doc : sorted) {
      if (byDoc.containsKey(doc)) continue;
      Recorder r = new Recorder();
      from.document(doc, r);
      byDoc.put(doc, r.values);
    }
    return new PageStoredFields(from, byDoc);
  }

  @Override
  public void document(int docID, StoredFieldVisitor visitor) throws IOException {
    List<Value> values = byDoc.get(docID);
    if (values == null) {
      from.document(docID, visitor); // not a hit of the page: read as usual
      return;
    }
    for (Value v : values) {
      switch (visitor.needsField(v.info())) {
        case YES -> v.replayTo(visitor);
        case NO -> {}
        case STOP -> {
          return;
        }
      }
    }
  }

  /** One stored value of a document, as the reader handed it to a visitor. */
  private record Value(FieldInfo info, Object value) {
    void replayTo(StoredFieldVisitor visitor) throws IOException {
      switch (value) {
        case String s -> visitor.stringField(info, s);
        case byte[] b ->
          visitor.binaryField(
              info, new StoredFieldDataInput(new ByteArrayDataInput(b.clone()), b.length));
        case Integer i -> visitor.intField(info, i);
        case Long l -> visitor.longField(info, l);
        case Float f -> visitor.floatField(info, f);
        case Double d -> visitor.doubleField(info, d);
        default -> throw new IllegalStateException("a stored value of type " + value.getClass());
      }
    }
  }

  /** Takes every field of a document. */
  private static final class Recorder extends StoredFieldVisitor {
    final List<Value> values = new ArrayList<>();

    @Override
    public Status needsField(FieldInfo fieldInfo) {
      return Status.YES;
    }

    @Override
    public void binaryField(FieldInfo info, byte[] value) {
      values.add(new Value(info, value));
    }

    @Override
    public void stringField(FieldInfo info, String value) {
      values.add(new Value(info, value));
    }

    @Override
    public void intField(FieldInfo info, int value) {
      values.add(new Value(info, value));
    }

    @Override
    public void longField(FieldInfo info, long value) {
      values.add(new Value(info, value));
    }

    @Override
    public void floatField(FieldInfo info, float value) {
      values.add(new Value(info, value));
    }

    @Override
    public void doubleField(FieldInfo info, double value) {
      values.add(new Value(info, value));
    }
  }
}
