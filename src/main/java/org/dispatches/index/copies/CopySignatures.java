package org.dispatches.index.copies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.dispatches.extract.Article;
import org.dispatches.extract.Figure;
import org.dispatches.extract.FigureKind;

/**
 * Makes the {@link CopySignature} of a report: Lucene's {@link MinHashFilter} over 5-word shingles
 * of the body (words are runs of letters and digits, lower-cased; punctuation and spacing, which
 * republishing changes, do not count). Five words: a shared phrase of four ("the Gaza health
 * ministry") is common across different stories, a shared run of five mostly is not (the STACK-NOTES
 * measurement: 0.79 for a 3%-edited copy, 0.0 for unrelated text). The title is left out of the
 * sketch: syndication retitles. Thread-safe (the analyzer keeps one chain per thread).
 */
public final class CopySignatures {
  /** MinHash buckets (one-permutation hashing, empty buckets filled by rotation): {@link CopyTable#BANDS} x {@link CopyTable#ROWS}. */
  public static final int BUCKETS = CopyTable.BANDS * CopyTable.ROWS;
  /** Word shingle length. */
  static final int SHINGLE = 5;
  /**
   * Below this many shingles (about 30 words: headlines, teasers) a sketch says little, and two
   * such texts that share most of their words may still report different things ("Israel strikes
   * Rafah" on two days): they group only when worded identically, see {@link CopyJudge}.
   */
  public static final int MIN_SHINGLES = 25;

  private final Analyzer analyzer = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer words = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
      ShingleFilter shingles = new ShingleFilter(new LowerCaseFilter(words), SHINGLE, SHINGLE);
      shingles.setOutputUnigrams(false);
      shingles.setOutputUnigramsIfNoShingles(false);
      return new TokenStreamComponents(words, new MinHashFilter(shingles, 1, BUCKETS, 1, true));
    }
  };

  /** The signature of an extracted report. */
  public CopySignature of(Article a) {
    String body = a.body() == null ? "" : a.body();
    int day = a.date() != null && a.date().known() ? (int) a.date().date().toEpochDay() : CopySignature.NO_DAY;
    String text = withoutOutlet(a.title(), a.outlet()) + " " + body;
    long wording = wording(text);
    int words = words(text);
    long[] figures = figures(a);
    char[] hashes = new char[BUCKETS];
    // as many shingles as there are words after the fifth (the tokenizer's words, counted the same way)
    int shingles = Math.max(0, words(body) - (SHINGLE - 1));
    try (TokenStream ts = analyzer.tokenStream("body", body)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      int n = 0;
      while (ts.incrementToken()) {
        // the token is the bucket's 128-bit minimum as 8 chars; its last char is enough to compare
        // sketches (two different shingles agree on it 1 time in 65,536) and keeps the table small
        if (n < BUCKETS) hashes[n] = term.buffer()[term.length() - 1];
        n++;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string reader does not fail
    }
    if (shingles < MIN_SHINGLES) hashes = new char[0];
    return new CopySignature(hashes, shingles, words, wording, day, outletKey(a.outlet()), figures);
  }

  /**
   * The title without a trailing " - Outlet" or " | Outlet" naming the report's own outlet (news
   * aggregators append it): one headline carried by two outlets is then worded the same.
   */
  static String withoutOutlet(String title, String outlet) {
    if (title == null) return "";
    if (outlet == null || outlet.isBlank()) return title;
    String t = title.stripTrailing();
    if (!t.toLowerCase(java.util.Locale.ROOT).endsWith(outlet.strip().toLowerCase(java.util.Locale.ROOT))) return title;
    String head = t.substring(0, t.length() - outlet.strip().length()).stripTrailing();
    if (head.endsWith("-") || head.endsWith("|") || head.endsWith("\u2013") || head.endsWith("\u2014")) {
      return head.substring(0, head.length() - 1);
    }
    return title;
  }

  private static int outletKey(String outlet) {
    return outlet == null || outlet.isBlank() ? 0 : outlet.strip().toLowerCase(java.util.Locale.ROOT).hashCode() | 1;
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
    long h = 0xcbf29ce484222325L;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
        inWord = true;
      } else if (inWord) {
        h = (h ^ ' ') * 0x100000001b3L;
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
