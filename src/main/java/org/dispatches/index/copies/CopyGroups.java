package org.dispatches.index.copies;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.dispatches.index.Fields;

/**
 * The copy groups of an index while it is written: each report indexed is put in the group of an
 * earlier copy of its story, or starts a group. The table behind it lives in memory and is rebuilt
 * from the index when the writer opens (from each report's stored signature and group), so that a
 * report indexed in a later run, or pushed, joins the group of a copy indexed long before; a report
 * indexed again under its id leaves its old place first. Thread-safe: indexing threads judge one
 * report at a time, in the order they write them.
 */
public final class CopyGroups {
  private final CopyTable table = new CopyTable();

  private CopyGroups() {}

  /** Groups for an empty index. */
  public static CopyGroups empty() {
    return new CopyGroups();
  }

  /** The groups of the reports {@code reader} holds (its live documents). */
  public static CopyGroups of(IndexReader reader) throws IOException {
    CopyGroups groups = new CopyGroups();
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues signatures = leaf.reader().getBinaryDocValues(Fields.COPY_SIGNATURE);
      NumericDocValues keys = leaf.reader().getNumericDocValues(Fields.COPY_GROUP);
      if (signatures == null || keys == null) continue;
      Bits liveDocs = leaf.reader().getLiveDocs();
      for (int doc = signatures.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = signatures.nextDoc()) {
        if (liveDocs != null && !liveDocs.get(doc)) continue;
        if (!keys.advanceExact(doc)) continue;
        BytesRef bytes = signatures.binaryValue();
        long id = ByteBuffer.wrap(bytes.bytes, bytes.offset, 8).getLong();
        CopySignature signature =
            CopySignature.decode(bytes.bytes, bytes.offset + 8, bytes.length - 8);
        if (signature != null) groups.table.restore(id, signature, keys.longValue());
      }
    }
    return groups;
  }

  /** Puts back a report as a cluster holds it: the bytes of {@link #stored} and its group; false for bytes of another format. */
  public synchronized boolean restore(byte[] stored, long group) {
    if (stored.length < 8) return false;
    CopySignature signature = CopySignature.decode(stored, 8, stored.length - 8);
    if (signature == null) return false;
    table.restore(ByteBuffer.wrap(stored, 0, 8).getLong(), signature, group);
    return true;
  }

  /** Judges a report about to be written under {@code id}, and records it. */
  public synchronized Membership assign(String id, CopySignature signature) {
    return table.add(keyOf(id), signature);
  }

  /** Forgets a report that was judged but could not be written. */
  public synchronized void forget(String id) {
    table.remove(keyOf(id));
  }

  /** How many live reports the group has. */
  public synchronized int size(long group) {
    return table.groupSize(group);
  }

  /** How many reports the table knows. */
  public synchronized int reports() {
    return table.liveReports();
  }

  /** The bytes kept in the index for {@code id}'s report: its id key, then its signature. */
  public static byte[] stored(String id, CopySignature signature) {
    byte[] sig = signature.encode();
    return ByteBuffer.allocate(8 + sig.length).putLong(keyOf(id)).put(sig).array();
  }

  /** A 64-bit key of a report id (FNV-1a, then mixed): two ids of a million share one by chance ~1 in 10^7. */
  public static long keyOf(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) h = (h ^ id.charAt(i)) * 0x100000001b3L;
    return mix(h);
  }

  /** A group key as the index term and the API show it. */
  public static String format(long group) {
    return String.format("%016x", group);
  }

  /** Reads {@link #format}; throws IllegalArgumentException for anything else. */
  public static long parse(String key) {
    if (key == null || !key.matches("[0-9a-f]{16}")) {
      throw new IllegalArgumentException("a copy group is 16 hex digits, as hits give it");
    }
    return Long.parseUnsignedLong(key, 16);
  }

  /** The finalizer of MurmurHash3: spreads the bits of a key. */
  static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
