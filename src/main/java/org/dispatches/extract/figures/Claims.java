package org.dispatches.extract.figures;

import java.util.List;
import java.util.Set;

/**
 * What kind of claim a figure is, from the words around its number: a projection or hypothetical
 * ("could lead to 85,000 more deaths"), a proposal ("offered a two-month lull"), a combined casualty
 * total ("100,000 killed, injured or missing", "casualties"), else a figure stated as fact.
 */
final class Claims {
  private static final Set<String> MODALS = Set.of(
      "could",
      "would",
      "might",
      "projected",
      "projects",
      "projection",
      "projections",
      "forecast",
      "forecasts",
      "predicted",
      "predicts",
      "prediction",
      "scenario",
      "scenarios",
      "risk",
      "risks",
      "potentially",
      "threatens",
      "threaten",
      "likely",
      "expected",
      "if",
      "unless",
      "modelling",
      "modeling",
      "feared");
  private static final Set<String> PROPOSALS = Set.of(
      "offer",
      "offered",
      "offers",
      "offering",
      "proposed",
      "proposal",
      "proposals",
      "proposes",
      "propose",
      "proposing",
      "demanded",
      "demands",
      "demanding",
      "suggested",
      "suggests",
      "suggesting",
      "plan",
      "plans",
      "planned",
      "draft",
      "rejected",
      "rejects",
      "accept",
      "accepted",
      "accepting",
      "wants",
      "calls",
      "urged",
      "urges");
  private static final Set<String> SEEKING = Set.of("sought", "seeking", "seeks", "seek");
  private static final Set<String> CASUALTY = Set.of(
      "killed",
      "dead",
      "deaths",
      "died",
      "injured",
      "wounded",
      "missing",
      "hurt",
      "injuries",
      "killing",
      "injuring",
      "wounding");
  private static final Set<String> JOINS = Set.of(",", "or", "and", "/");
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ".", ";", ":", "—", "–", "(", ")");
  private static final int BACK = 8;

  private Claims() {}

  /** The claim type of the figure whose number is {@code m} and whose kind is {@code kind}. */
  static String of(List<Token> tokens, NumberMention m, FigureKind kind) {
    if ((kind == FigureKind.KILLED || kind == FigureKind.WOUNDED || kind == FigureKind.MISSING)
        && combined(tokens, m)) {
      return Figure.COMBINED;
    }
    boolean modal = false;
    for (int j = m.first() - 1; j >= 0 && m.first() - j <= BACK; j--) {
      Token t = tokens.get(j);
      String w = t.lower();
      if (CLAUSE_ENDS.contains(w)) break;
      if (SEEKING.contains(w)) {
        // "sought a 60-day truce" is a proposal; "sought refuge" is no claim word
        if (kind == FigureKind.TRUCE_DAYS) return Figure.PROPOSED;
        continue;
      }
      if (PROPOSALS.contains(w)) return Figure.PROPOSED;
      modal |= MODALS.contains(w) || t.text().equals("may");
    }
    // "50,000 more could die": a modal between the number and its verb
    for (int j = m.last() + 1; j < tokens.size() && j - m.last() <= 5 && !modal; j++) {
      Token t = tokens.get(j);
      String w = t.lower();
      if (CLAUSE_ENDS.contains(w) || CASUALTY.contains(w)) break;
      modal = w.equals("could")
          || w.equals("would")
          || w.equals("might")
          || t.text().equals("may");
    }
    return modal ? Figure.PROJECTED : Figure.STATED;
  }

  /** "killed, injured or missing" after the number, "killing or injuring" before it, or "casualties". */
  private static boolean combined(List<Token> tokens, NumberMention m) {
    int cue = -1;
    for (int j = m.last() + 1; j < tokens.size() && j - m.last() <= 6; j++) {
      String w = tokens.get(j).lower();
      if (w.equals("casualties") || w.equals("casualty")) return true;
      if (CASUALTY.contains(w)) {
        cue = j;
        break;
      }
      if (!Double.isNaN(NumberFinder.numeric(w))) return false;
    }
    if (cue >= 0
        && cue + 2 < tokens.size()
        && JOINS.contains(tokens.get(cue + 1).lower())) {
      String next = tokens.get(cue + 2).lower();
      if (CASUALTY.contains(next) && !next.equals(tokens.get(cue).lower())) return true;
    }
    int j = m.first() - 1;
    while (j >= 0 && m.first() - j <= 4 && !CASUALTY.contains(tokens.get(j).lower())) j--;
    return j >= 2
        && CASUALTY.contains(tokens.get(j).lower())
        && JOINS.contains(tokens.get(j - 1).lower())
        && CASUALTY.contains(tokens.get(j - 2).lower());
  }
}
