package org.dispatches.index;

import java.io.Reader;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/** Analyzers of the non-English text fields; each removes invisible characters first, as the English one does. */
final class LanguageText {
  private LanguageText() {}

  /**
   * Arabic: Lucene's normalization (hamza forms of alef to bare alef, alef maqsura to ya, ta marbuta
   * to ha, tatweel and diacritics removed) then its light stemmer (the definite article and other
   * prefixes, common suffixes), so that "الأسرى" and "اسرى" meet.
   */
  static final class Arabic extends VisibleTextAnalyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new LowerCaseFilter(source);
      result = new DecimalDigitFilter(result);
      result = new StopFilter(result, ArabicAnalyzer.getDefaultStopSet());
      result = new ArabicNormalizationFilter(result);
      result = new ArabicStemFilter(result);
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ArabicNormalizationFilter(new LowerCaseFilter(in));
    }
  }

  /**
   * Hebrew: points and cantillation (niqqud) removed and final letter forms mapped to their usual
   * forms, so pointed and unpointed spellings meet. Lucene has no Hebrew stemmer: prefixes stay.
   */
  static final class Hebrew extends VisibleTextAnalyzer {
    /** Niqqud and cantillation marks, but not maqaf (U+05BE) or sof pasuq (U+05C3), which are punctuation. */
    private static final java.util.regex.Pattern POINTS = java.util.regex.Pattern.compile(
        "[\\u0591-\\u05BD\\u05BF\\u05C1\\u05C2\\u05C4\\u05C5\\u05C7]");

    private static final NormalizeCharMap FINAL_LETTERS = finalLetters();

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      Reader visible = super.initReader(fieldName, reader);
      return new MappingCharFilter(
          FINAL_LETTERS, new PatternReplaceCharFilter(POINTS, "", visible));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new LowerCaseFilter(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }

    private static NormalizeCharMap finalLetters() {
      NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
      b.add("ך", "כ");
      b.add("ם", "מ");
      b.add("ן", "נ");
      b.add("ף", "פ");
      b.add("ץ", "צ");
      return b.build();
    }
  }

  /** French: elided articles dropped (l'armée → armée), stop words, Lucene's light stemmer, then accents folded. */
  static final class French extends VisibleTextAnalyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
      result = new LowerCaseFilter(result);
      result = new StopFilter(result, FrenchAnalyzer.getDefaultStopSet());
      result = new FrenchLightStemFilter(result);
      result = new ASCIIFoldingFilter(result);
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
