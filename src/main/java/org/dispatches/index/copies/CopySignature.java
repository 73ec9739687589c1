package org.dispatches.index.copies;

import java.nio.ByteBuffer;

/**
 * What near-duplicate detection keeps of one report: its MinHash sketch, how many shingles it
 * was taken over, a key of its exact wording (for short texts, whose sketch says little) and the
 * figures it states (an update with a new figure is a different report, however alike the text).
 *
 * @param minHashes one value per MinHash bucket ({@link CopySignatures#BUCKETS}); empty for a short text
 * @param shingles how many distinct-position 5-word shingles the body has
 * @param words how many words title and body have together
 * @param wording a hash of the normalized title and body, equal only for texts worded identically;
 *     0 for a long text (judged by its sketch)
 * @param epochDay publication day, or {@link #NO_DAY}
 * @param outlet a hash of the outlet's name, 0 when unknown
 * @param figures kind and value of each figure stated, packed by {@link #figure}
 */
public record CopySignature(
    char[] minHashes,
    int shingles,
    int words,
    long wording,
    int epochDay,
    int outlet,
    long[] figures) {
  public static final int NO_DAY = Integer.MIN_VALUE;
  private static final byte FORMAT = 2;

  /** Whether the text is too short for its sketch to be trusted: it is grouped by exact wording only. */
  public boolean isShort() {
    return minHashes.length == 0;
  }

  /** A figure packed into a long: kind in the high 16 bits, value below. */
  public static long figure(int kindOrdinal, long value) {
    return ((long) kindOrdinal << 48) | (value & 0xFFFF_FFFF_FFFFL);
  }

  static int kindOf(long packedFigure) {
    return (int) (packedFigure >>> 48);
  }

  /** The bytes kept in the index, from which the table is rebuilt when the index opens. */
  public byte[] encode() {
    ByteBuffer b = ByteBuffer.allocate(
        1 + 4 + 4 + 8 + 4 + 4 + 2 + minHashes.length * 2 + 2 + figures.length * 8);
    b.put(FORMAT)
        .putInt(shingles)
        .putInt(words)
        .putLong(wording)
        .putInt(epochDay)
        .putInt(outlet);
    b.putShort((short) minHashes.length);
    for (char h : minHashes) b.putChar(h);
    b.putShort((short) figures.length);
    for (long f : figures) b.putLong(f);
    return b.array();
  }

  /** Reads what {@link #encode} wrote; null for bytes of another format (the report is then left ungrouped). */
  public static CopySignature decode(byte[] bytes, int offset, int length) {
    ByteBuffer b = ByteBuffer.wrap(bytes, offset, length);
    if (length < 1 || b.get() != FORMAT) return null;
    int shingles = b.getInt();
    int words = b.getInt();
    long wording = b.getLong();
    int day = b.getInt();
    int outlet = b.getInt();
    char[] hashes = new char[b.getShort()];
    for (int i = 0; i < hashes.length; i++) hashes[i] = b.getChar();
    long[] figures = new long[b.getShort()];
    for (int i = 0; i < figures.length; i++) figures[i] = b.getLong();
    return new CopySignature(hashes, shingles, words, wording, day, outlet, figures);
  }
}
