package org.dispatches.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.dispatches.index.Fields;
import org.dispatches.index.TextAnalysis;

/**
 * The spellings of one compound word match each other: "ceasefire", "cease-fire" and "cease fire",
 * "Alqassam", "Al-Qassam" and "al Qassam". The exact-word fields hold a hyphenated compound as its
 * words and as written with the hyphen; a query is widened, before parsing, with the forms the
 * archive holds: a joined word with its split phrase when the hyphenated form occurs
 * ({@code ceasefire} → {@code (ceasefire OR "cease fire")}), a hyphenated word with its joined
 * form when that occurs, and two neighbouring words with their joined form when both it and the
 * hyphenated form occur ({@code cease fire} → {@code ((cease fire) OR ceasefire)}), except in a
 * description of many plain words, whose words are each optional already (joining them there cost
 * 0.003 MAP on TIME 1963: docs/RANKING.md). Only forms the
 * archive holds are added, so other word pairs ("any one", "anyone") stay apart.
 */
final class CompoundVariants {
  private static final Pattern TOKEN = Pattern.compile("\"[^\"]*\"?|[^\\s()\"]+|\\s+|[()\"]");
  private static final Pattern PLAIN = Pattern.compile("\\p{L}+");
  private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(?:[-\u2010\u2011]\\p{L}+)+");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
  /** Each part of a split at least this long: "al" in "alqassam". */
  private static final int MIN_PART = 2;

  private static final String[] FIELDS = {Fields.BODY_EXACT, Fields.TITLE_EXACT};

  private final Analyzer analyzer = TextAnalysis.perField();

  /** {@code query} with the other spellings of its compounds that {@code reader}'s reports hold. */
  String expand(String query, ViewTermCounts reader) throws IOException {
    if (query == null || query.isBlank()) return query;
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(query);
    while (m.find()) tokens.add(m.group());
    boolean description = isDescription(tokens, query);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      String widened = null;
      if (HYPHENATED.matcher(t).matches()) {
        String joined = t.replaceAll("[-\u2010\u2011]", "");
        if (occurs(joined, reader)) widened = "(" + t + " OR " + joined + ")";
      } else if (plain(t)) {
        String after =
            i + 2 < tokens.size() && tokens.get(i + 1).isBlank() ? tokens.get(i + 2) : null;
        // only a pair the archive also writes hyphenated is a compound: "any one" stays apart from
        // "anyone"
        if (!description
            && after != null
            && plain(after)
            && occurs(t + after, reader)
            && occurs(t + "-" + after, reader)) {
          widened = "((" + t + " " + after + ") OR " + t + after + ")";
          i += 2;
        } else {
          String split = split(t, reader);
          if (split != null) widened = "(" + t + " OR \"" + split + "\")";
        }
      }
      if (widened != null) changed = true;
      out.append(widened != null ? widened : t);
    }
    return changed ? out.toString() : query;
  }

  /** Whether {@code word} is known to the archive as one of its compounds' other spellings. */
  boolean isCompound(String word, ViewTermCounts reader) throws IOException {
    return split(word, reader) != null;
  }

  /** "cease fire" for "ceasefire" when the archive holds "cease-fire"; the most frequent such split, or null. */
  private String split(String word, ViewTermCounts reader) throws IOException {
    String norm = normalized(word);
    String best = null;
    int bestFreq = 0;
    for (int k = MIN_PART; k <= norm.length() - MIN_PART; k++) {
      int freq = freq(norm.substring(0, k) + "-" + norm.substring(k), reader);
      if (freq > bestFreq) {
        bestFreq = freq;
        best = norm.substring(0, k) + " " + norm.substring(k);
      }
    }
    return best;
  }

  private boolean occurs(String word, ViewTermCounts reader) throws IOException {
    return freq(normalized(word), reader) > 0;
  }

  private static int freq(String term, ViewTermCounts reader) throws IOException {
    int n = 0;
    for (String f : FIELDS) n += reader.docFreq(f, term);
    return n;
  }

  /** Many plain words and no operator: a description, which the translator relaxes to a share of its words. */
  private static boolean isDescription(List<String> tokens, String query) {
    if (LongQueries.hasOperators(query)) return false;
    int words = 0;
    for (String t : tokens) if (plain(t)) words++;
    return words >= LongQueries.MANY_WORDS;
  }

  private static boolean plain(String token) {
    return PLAIN.matcher(token).matches() && !OPERATORS.contains(token);
  }

  private String normalized(String word) {
    return analyzer.normalize(Fields.BODY_EXACT, word).utf8ToString();
  }
}
