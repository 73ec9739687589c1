package org.dispatches.index;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.IOUtils;

/** The analyzers of the index: English for title and body, Arabic, Hebrew and French for their own fields, keywords for the rest. */
public final class TextAnalysis {
  /**
   * The Snowball project's English stop list (174 words) rather than Lucene's 33: on the TIME
   * collection it ranked slightly better (docs/RANKING.md), and every word of it is a function word.
   */
  public static final CharArraySet ENGLISH_STOP_WORDS = snowballStopWords("english_stop.txt");

  private TextAnalysis() {}

  private static CharArraySet snowballStopWords(String resource) {
    try (Reader in = new InputStreamReader(
        IOUtils.requireResourceNonNull(
            SnowballFilter.class.getResourceAsStream(resource), resource),
        StandardCharsets.UTF_8)) {
      return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Lucene's stop list " + resource, e);
    }
  }

  /** The analyzer for indexing and for parsing queries: per field, the same on both sides. */
  public static Analyzer perField() {
    Map<String, Analyzer> byLanguage = Map.of(
        "ar", new LanguageText.Arabic(),
        "he", new LanguageText.Hebrew(),
        "fr", new LanguageText.French());
    Analyzer keyword = new KeywordAnalyzer();
    Analyzer exact = new ExactText();
    // a HashMap (not Map.of), since the query parser asks for the analyzer of a null field
    // (multi-field wildcards)
    Map<String, Analyzer> byField = new HashMap<>();
    for (FieldSpec f : FieldCatalog.ALL) {
      switch (f.kind()) {
        case ID, KEYWORD -> byField.put(f.name(), keyword);
        case EXACT_TEXT -> byField.put(f.name(), exact);
        case LANGUAGE_TEXT -> byField.put(f.name(), byLanguage.get(f.language()));
        default -> {} // English text; the other kinds are not analyzed
      }
    }
    return new PerFieldAnalyzerWrapper(new EnglishText(), byField);
  }

  /**
   * Standard tokens, possessives dropped, lower case, diacritics folded (so "Kasım" finds "Kasim"),
   * English stop words, Porter stems. The per-term part of the chain runs once per distinct word
   * and thread ({@link MemoizedTermFilters}). Invisible characters such as soft hyphens are removed
   * before tokenizing so that they never split a word.
   */
  public static final class EnglishText extends VisibleTextAnalyzer {
    private final UnaryOperator<TokenStream> perTerm;

    public EnglishText() {
      this(in -> new MemoizedTermFilters(in, EnglishText::termFilters));
    }

    /** With another per-term stage: tests compare the memoized chain with Lucene's filters run directly. */
    EnglishText(UnaryOperator<TokenStream> perTerm) {
      this.perTerm = perTerm;
    }

    /** The filters that map each term on its own, in Lucene's classes. */
    static TokenStream termFilters(TokenStream in) {
      TokenStream result = new LowerCaseFilter(in);
      result = new ASCIIFoldingFilter(result);
      result = new StopFilter(result, ENGLISH_STOP_WORDS);
      return new PorterStemFilter(result);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, perTerm.apply(new EnglishPossessiveFilter(source)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }

  /**
   * The words as written: the English chain without stop words and stems (invisibles removed,
   * standard tokens, possessives dropped, lower case, diacritics folded), and a hyphenated compound
   * indexed as its words and, at the first word's position, as written ({@link HyphenatedWords}). Wildcards, fuzzy terms
   * and phrases run on it, where a stem would hide the word the user typed.
   */
  public static final class ExactText extends VisibleTextAnalyzer {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new HyphenJoiner(super.initReader(fieldName, reader));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new EnglishPossessiveFilter(new HyphenatedWords(source));
      result = new LowerCaseFilter(result);
      return new TokenStreamComponents(source, new ASCIIFoldingFilter(result));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
