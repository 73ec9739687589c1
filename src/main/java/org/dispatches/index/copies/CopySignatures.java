package org.dispatches.index.copies;

import java.util.Arrays;
import java.util.Locale;
import org.dispatches.extract.Article;
import org.dispatches.extract.figures.Figure;
import org.dispatches.extract.figures.FigureKind;

/**
 * Makes the {@link CopySignature} of a report: a MinHash sketch of the body's 5-word shingles
 * (words are runs of letters and digits, lower-cased; punctuation and spacing, which republishing
 * changes, do not count). Five words: a shared phrase of four ("the Gaza health ministry") is
 * common across different stories, a run of five mostly is not. The title is left out of the
 * sketch: syndication retitles.
 *
 * <p>The sketch is the scheme of Lucene's {@code MinHashFilter} (one-permutation hashing: each
 * shingle hash falls in one of {@link #BUCKETS} buckets by its high bits, each bucket keeps its
 * least hash, an empty bucket takes the next non-empty one's), computed in one pass over the text.
 * {@code MinHashFilter} after a {@code ShingleFilter} gave the same grouping but cost 750 µs a
 * report on the benchmark corpus (a String, a UTF-16 byte array, a hash pair and a tree-set node
 * per shingle) and slowed indexing by ~20%; this pass allocates two small arrays a report.
 * Thread-safe: no state.
 */
public final class CopySignatures {
  /** MinHash buckets: {@link CopyTable#BANDS} x {@link CopyTable#ROWS}. */
  public static final int BUCKETS = CopyTable.BANDS * CopyTable.ROWS;
  /** Word shingle length. */
  static final int SHINGLE = 5;
  /**
   * Below this many shingles (about 30 words: headlines, teasers) a sketch says little, and two
   * such texts that share most of their words may still report different things: they group only
   * when worded identically, see {@link CopyJudge}.
   */
  public static final int MIN_SHINGLES = 25;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** The signature of an extracted report. */
  public CopySignature of(Article a) {
    String body = a.body() == null ? "" : a.body();
    int day = a.date() != null && a.date().known()
        ? (int) a.date().date().toEpochDay()
        : CopySignature.NO_DAY;
    long[] minima = new long[BUCKETS];
    int shingles = sketch(body, minima);
    if (shingles < MIN_SHINGLES) {
      // a short text is judged by its exact wording, title included: only it needs these passes
      String text = withoutOutlet(a.title(), a.outlet()) + " " + body;
      return new CopySignature(
          new char[0],
          shingles,
          words(text),
          wording(text),
          day,
          outletKey(a.outlet()),
          figures(a));
    }
    char[] hashes = new char[BUCKETS];
    // the least hash's low 16 bits: two different shingles agree on them 1 time in 65,536
    for (int i = 0; i < BUCKETS; i++) hashes[i] = (char) minima[i];
    return new CopySignature(
        hashes, shingles, shingles + SHINGLE - 1, 0, day, outletKey(a.outlet()), figures(a));
  }

  /** Fills {@code minima} with the least shingle hash of each bucket; returns how many shingles the text has. */
  static int sketch(String text, long[] minima) {
    Arrays.fill(minima, -1L); // the largest unsigned value: "empty"
    long[] recent = new long[SHINGLE];
    int words = 0;
    long word = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0, n = text.length(); i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word = (word ^ Character.toLowerCase(c)) * FNV_PRIME;
        inWord = true;
        continue;
      }
      if (!inWord) continue;
      recent[words % SHINGLE] = CopyGroups.mix(word);
      words++;
      word = FNV_OFFSET;
      inWord = false;
      if (words >= SHINGLE) offer(shingleHash(recent, words), minima);
    }
    fillEmptyBuckets(minima);
    return Math.max(0, words - (SHINGLE - 1));
  }

  /** The hash of the last five words, in order. */
  private static long shingleHash(long[] recent, int words) {
    long h = 0;
    for (int k = 0; k < SHINGLE; k++)
      h = h * 0x9E3779B97F4A7C15L + recent[(words - SHINGLE + k) % SHINGLE];
    return CopyGroups.mix(h);
  }

  private static void offer(long hash, long[] minima) {
    int bucket = (int) (((hash >>> 32) * BUCKETS) >>> 32);
    if (Long.compareUnsigned(hash, minima[bucket]) < 0) minima[bucket] = hash;
  }

  /** An empty bucket takes the least hash of the next non-empty one (MinHashFilter's rotation). */
  private static void fillEmptyBuckets(long[] minima) {
    long[] filled = minima.clone();
    for (int b = 0; b < minima.length; b++) {
      if (minima[b] != -1L) continue;
      for (int k = 1; k < minima.length; k++) {
        long next = minima[(b + k) % minima.length];
        if (next != -1L) {
          filled[b] = next;
          break;
        }
      }
    }
    System.arraycopy(filled, 0, minima, 0, minima.length);
  }

  /**
   * The title without a trailing " - Outlet" or " | Outlet" naming the report's own outlet (news
   * aggregators append it): one headline carried by two outlets is then worded the same.
   */
  static String withoutOutlet(String title, String outlet) {
    if (title == null) return "";
    if (outlet == null || outlet.isBlank()) return title;
    String t = title.stripTrailing();
    if (!t.toLowerCase(Locale.ROOT).endsWith(outlet.strip().toLowerCase(Locale.ROOT))) return title;
    String head = t.substring(0, t.length() - outlet.strip().length()).stripTrailing();
    if (head.endsWith("-")
        || head.endsWith("|")
        || head.endsWith("\u2013")
        || head.endsWith("\u2014")) {
      return head.substring(0, head.length() - 1);
    }
    return title;
  }

  private static int outletKey(String outlet) {
    return outlet == null || outlet.isBlank()
        ? 0
        : outlet.strip().toLowerCase(Locale.ROOT).hashCode() | 1;
  }

  private static long[] figures(Article a) {
    long[] out = new long[a.figures().size()];
    int n = 0;
    for (Figure f : a.figures()) {
      FigureKind kind = FigureKind.fromId(f.kind());
      if (kind != null) out[n++] = CopySignature.figure(kind.ordinal(), f.value());
    }
    long[] kept = Arrays.copyOf(out, n);
    Arrays.sort(kept);
    return kept;
  }

  /** A 64-bit hash of the text's words, lower-cased, punctuation and spacing left out. */
  static long wording(String text) {
    long h = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        h = (h ^ Character.toLowerCase(c)) * FNV_PRIME;
        inWord = true;
      } else if (inWord) {
        h = (h ^ ' ') * FNV_PRIME;
        inWord = false;
      }
    }
    return h;
  }

  static int words(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) n++;
      inWord = letter;
    }
    return n;
  }
}
