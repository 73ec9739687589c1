package org.dispatches.extract.figures;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of a sentence's sources a figure takes. One source named once serves every figure of the
 * sentence ("15 were killed and 30 wounded, the ministry said"), the nearest when it names several,
 * except across a comparison whose other side states a figure of its own: in "1,600 civilians were
 * killed in that battle, fewer than the 8,000 declared dead by the health ministry" the ministry
 * counts the 8,000, not the 1,600 the sentence sets beside them.
 */
final class AttributionScope {
  /**
   * Bare nouns that stand for a source named before ("according to the organisation"); "group" is
   * not one: in these reports it refers as often to the armed group as to the monitor.
   */
  private static final Set<String> ANAPHORA = Set.of("organisation", "organization");
  /** Words that set one figure beside another: what each side counts has its own source. */
  private static final Set<String> COMPARISONS =
      Set.of("than", "compared", "comparison", "versus", "vs", "unlike", "whereas");

  private AttributionScope() {}

  /**
   * The attribution for {@code m}: the sentence's source nearest to it that no comparison keeps
   * from it; "it said" stands for {@code lastNamed}, the source the report named last.
   */
  static String of(
      List<Token> tokens,
      List<NumberMention> numbers,
      List<AttributionFinder.Attribution> named,
      NumberMention m,
      String lastNamed) {
    String best = null;
    int distance = Integer.MAX_VALUE;
    for (AttributionFinder.Attribution a : named) {
      int d = Math.abs(a.at() - m.first());
      if (d >= distance || comparedAcross(tokens, numbers, m, a.at())) continue;
      distance = d;
      best = a.text() != null && !ANAPHORA.contains(a.text().toLowerCase(Locale.ROOT))
          ? a.text()
          : lastNamed != null ? lastNamed : a.text();
    }
    return best;
  }

  /**
   * Whether a comparison stands between the number and the source at {@code at}, with another
   * number on the source's side of it: that number is the one the source counts.
   */
  private static boolean comparedAcross(
      List<Token> tokens, List<NumberMention> numbers, NumberMention m, int at) {
    if (numbers.size() < 2) return false;
    boolean sourceAfter = at > m.last();
    int from = sourceAfter ? m.last() + 1 : at + 1;
    int to = sourceAfter ? at : m.first();
    for (int c = from; c < to; c++) {
      if (!comparison(tokens, c)) continue;
      for (NumberMention n : numbers) {
        if (n.first() == m.first()) continue;
        if (sourceAfter ? n.first() > c : n.last() < c) return true;
      }
    }
    return false;
  }

  /** "than the 8,000", "compared with", "unlike": not the "than" of a qualifier ("more than 8,000"). */
  private static boolean comparison(List<Token> tokens, int c) {
    String w = tokens.get(c).lower();
    if (!COMPARISONS.contains(w)) return false;
    if (!w.equals("than")) return true;
    int next = c + 1;
    return next < tokens.size() && !isNumber(tokens.get(next).lower());
  }

  private static boolean isNumber(String lower) {
    return !Double.isNaN(NumberFinder.numeric(lower))
        || lower.equals("a")
        || lower.equals("an")
        || lower.equals("half")
        || lower.equals("tens")
        || lower.equals("hundreds")
        || lower.equals("thousands")
        || lower.equals("dozens");
  }
}
