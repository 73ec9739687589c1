package org.dispatches.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.dispatches.api.Correction;
import org.dispatches.extract.actors.Actor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.index.Fields;
import org.dispatches.index.TextAnalysis;

/**
 * Corrects the misspelt words of a query from the index's own words as written (Lucene's
 * {@link DirectSpellChecker} over the exact-word fields) and from the words of actor names. A
 * word no report holds is replaced by the nearest word many reports hold; when the query found
 * (almost) nothing, a rare word is also replaced by a much more frequent near one. Only plain
 * words are touched: quoted phrases, fielded terms, wildcards, fuzzy terms and operators stay.
 * Thread-safe: the checker is only configured at construction.
 */
final class SpellingCorrector {
  /** A query with at most this many results is one with "very few": rare words are corrected too. */
  static final int FEW_RESULTS = 2;
  /** A word replaces a rare one only when this many times more frequent. */
  private static final int MORE_POPULAR_FACTOR = 20;

  private static final Pattern TOKEN = Pattern.compile("\"[^\"]*\"?|[^\\s()\"]+");
  private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
  private static final String[] FIELDS = {Fields.BODY_EXACT, Fields.TITLE_EXACT};

  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final LevenshteinDistance distance = new LevenshteinDistance();
  private final Analyzer analyzer = TextAnalysis.perField();
  private final Set<String> nameWords;
  private final CompoundVariants compounds;

  SpellingCorrector(Gazetteer gazetteer, CompoundVariants compounds) {
    this.compounds = compounds;
    this.nameWords = nameWords(gazetteer);
    checker.setMinQueryLength(4);
    checker.setAccuracy(0.7f);
    // a suggestion must be a word of at least two reports (the default asks 1 % of them: too many
    // for a small archive)
    checker.setThresholdFrequency(2);
  }

  /**
   * The corrected query (not yet applied), or null when nothing needs correcting. {@code fewResults}:
   * whether the query as typed found at most {@link #FEW_RESULTS} reports.
   */
  Correction correct(String query, ViewTermCounts reader, boolean fewResults) throws IOException {
    if (query == null || query.isBlank()) return null;
    Matcher m = TOKEN.matcher(query);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (m.find()) {
      String token = m.group();
      String better = PLAIN_WORD.matcher(token).matches() && !OPERATORS.contains(token)
          ? better(token, reader, fewResults)
          : null;
      if (better != null) changed = true;
      m.appendReplacement(out, Matcher.quoteReplacement(better != null ? better : token));
    }
    m.appendTail(out);
    return changed ? new Correction(out.toString(), false, query) : null;
  }

  /** The word to write instead of {@code word}, or null to keep it. */
  private String better(String word, ViewTermCounts reader, boolean fewResults) throws IOException {
    String term = normalized(word);
    if (term.length() < checker.getMinQueryLength()) return null;
    int freq = 0;
    for (String f : FIELDS) freq += reader.docFreq(f, term);
    if (freq > 0 && !fewResults) return null;
    if (freq == 0 && compounds.isCompound(word, reader)) return null;
    SuggestMode mode =
        freq == 0 ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR;
    SuggestWord best = null;
    for (String f : FIELDS) {
      for (SuggestWord s : checker.suggestSimilar(new Term(f, term), 3, reader.reader(), mode)) {
        if (freq > 0 && s.freq < MORE_POPULAR_FACTOR * freq) continue;
        if (s.string.indexOf('-') >= 0)
          continue; // a compound as written: its words are suggested instead
        if (best == null || s.score > best.score || (s.score == best.score && s.freq > best.freq))
          best = s;
      }
    }
    String fromNames = freq == 0 ? nearestNameWord(term) : null;
    if (fromNames != null && (best == null || distance.getDistance(term, fromNames) > best.score))
      return fromNames;
    return best == null ? null : best.string;
  }

  /** The word of an actor name nearest a word no report holds (a name the archive has not seen yet). */
  private String nearestNameWord(String term) {
    String best = null;
    float bestScore = checker.getAccuracy();
    for (String w : nameWords) {
      if (Math.abs(w.length() - term.length()) > 2) continue;
      float score = distance.getDistance(term, w);
      if (score > bestScore) {
        bestScore = score;
        best = w;
      }
    }
    return best;
  }

  private String normalized(String word) {
    BytesRef b = analyzer.normalize(Fields.BODY_EXACT, word);
    return b.utf8ToString();
  }

  private Set<String> nameWords(Gazetteer gazetteer) {
    Set<String> words = new HashSet<>();
    for (Actor a : gazetteer.actors()) {
      List<String> names = new ArrayList<>(a.aliases());
      names.add(a.name());
      for (String n : names) {
        for (String w : n.split("[^\\p{L}]+")) {
          if (w.length() >= 4) words.add(normalized(w.toLowerCase(Locale.ROOT)));
        }
      }
    }
    return Set.copyOf(words);
  }
}
