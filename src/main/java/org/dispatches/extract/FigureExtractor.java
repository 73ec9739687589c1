package org.dispatches.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the figures a report states: each count in a sentence, what it counts (from a cue word
 * after it, "33 Palestinians killed", or before it, "killing 33", "death toll rose to 33"), its
 * qualifier, the counted subject and who the sentence attributes it to. Truce lengths come from
 * durations next to a truce word ("a 50-day ceasefire", "a six-week truce").
 */
public final class FigureExtractor {
  private static final Set<String> NOT_VICTIMS =
      Set.of("strikes", "airstrikes", "air", "attacks", "raids", "rockets", "missiles", "bombs", "shells",
          "homes", "houses", "buildings", "schools", "hospitals", "mosques", "tanks", "incidents",
          "families", "times", "drones", "shots", "rounds", "towns", "villages", "countries", "nations",
          "ways", "things", "sides", "parties", "phases", "stages", "that", "which");
  private static final Set<String> SUBJECT_STOP =
      Set.of("were", "was", "are", "is", "have", "has", "had", "been", "be", "who", "whom", "in", "on",
          "at", "of", "from", "including", "to", "by", "with", "during", "since", "inside", "near",
          "reportedly", "being", "also", "remain", "remained", "still", "across", "so", "far");
  /** Words that may stand between a duration and the truce word before it ("a truce for 50 days"). */
  private static final Set<String> BEFORE_DURATION = Set.of("for", "lasting", "last", "extended", "initial", "first", "phase");
  private final NumberFinder numbers = new NumberFinder();
  private final AttributionFinder attributions = new AttributionFinder();

  /** Every figure in {@code text}, in text order. */
  public List<Figure> extract(String text) {
    List<Figure> figures = new ArrayList<>();
    if (text == null) return figures;
    for (String sentence : Sentences.split(NumberWords.asciiDigits(text))) {
      // a figure needs a cue word: most sentences have none and need no further look
      if (!FigureCues.mayHoldCue(sentence) || !NumberFinder.mayHoldCount(sentence)) continue;
      List<Token> tokens = Token.tokenize(sentence);
      List<NumberMention> found = numbers.find(tokens);
      String attribution = found.isEmpty() ? null : attributions.find(tokens);
      for (NumberMention m : found) {
        Figure f = figure(sentence, tokens, m, attribution);
        if (f != null) figures.add(f);
      }
    }
    return figures;
  }

  private static Figure figure(String sentence, List<Token> tokens, NumberMention m, String attribution) {
    String qualifier = Qualifiers.before(tokens, m.first());
    if (m.isDuration()) {
      return truceNear(tokens, m)
          ? new Figure(FigureKind.TRUCE_DAYS.id(), m.days(), qualifier, null, attribution, sentence)
          : null;
    }
    FigureKind kind = cueBefore(tokens, m.first());
    if (kind == null) kind = cueAfter(tokens, m.last());
    if (kind == null || m.value() <= 0) return null;
    return new Figure(kind.id(), m.value(), qualifier, subject(tokens, m.last()), attribution, sentence);
  }

  /**
   * A cue before the number, with only glue words between ("killing at least 20"); after a toll
   * verb, a toll noun several words back ("the death toll in Gaza from strikes rises to 20").
   */
  private static FigureKind cueBefore(List<Token> tokens, int first) {
    boolean tollVerb = false;
    for (int j = first - 1; j >= 0 && first - j <= 7; j--) {
      String w = cueForm(tokens.get(j).lower());
      FigureKind k = FigureCues.before(w);
      if (k != null) return k;
      tollVerb |= FigureCues.tollVerb(w);
      if (!FigureCues.glue(w)) return tollVerb ? tollBefore(tokens, j) : null;
    }
    return null;
  }

  private static FigureKind tollBefore(List<Token> tokens, int from) {
    for (int j = from; j >= 0 && from - j <= 10; j--) {
      String w = cueForm(tokens.get(j).lower());
      if (FigureCues.tollNoun(w)) return FigureKind.KILLED;
      if (!Double.isNaN(NumberFinder.numeric(w)) || FigureCues.stopsAfter(w) || w.equals(",")) return null;
    }
    return null;
  }

  /** A cue after the number, before a new clause starts: "20 Palestinians, including children, were killed". */
  private static FigureKind cueAfter(List<Token> tokens, int last) {
    for (int j = last + 1; j < tokens.size() && j - last <= 9; j++) {
      String w = cueForm(tokens.get(j).lower());
      if (j == last + 1 && NOT_VICTIMS.contains(w)) return null;
      if (!Double.isNaN(NumberFinder.numeric(w)) || FigureCues.stopsAfter(w)) return null;
      FigureKind k = FigureCues.after(w);
      if (k != null) return FigureCues.transitive(w) && objectFollows(tokens, j) ? null : k;
    }
    return null;
  }

  /** "5 militants killed 3 soldiers": a number after the verb means the first number is the agent. */
  private static boolean objectFollows(List<Token> tokens, int verb) {
    for (int j = verb + 1; j < tokens.size() && j - verb <= 4; j++) {
      String w = tokens.get(j).lower();
      if (!Double.isNaN(NumberFinder.numeric(w))) return true;
      if (!FigureCues.glue(w)) return false;
    }
    return false;
  }

  private static boolean truceNear(List<Token> tokens, NumberMention m) {
    for (int j = m.last() + 1; j < tokens.size() && j - m.last() <= 3; j++) {
      if (FigureCues.durationCue(tokens.get(j).lower())) return true;
    }
    for (int j = m.first() - 1; j >= 0 && m.first() - j <= 6; j--) {
      String w = tokens.get(j).lower();
      if (FigureCues.durationCue(w)) return true;
      if (!(FigureCues.glue(w) || BEFORE_DURATION.contains(w))) return false;
    }
    return false;
  }

  /** Up to two words naming who is counted, right after the number ("Israeli soldiers"). */
  private static String subject(List<Token> tokens, int last) {
    StringBuilder b = new StringBuilder();
    for (int j = last + 1; j < tokens.size() && j - last <= 2; j++) {
      Token t = tokens.get(j);
      String w = cueForm(t.lower());
      if (!t.isWord() || SUBJECT_STOP.contains(w) || FigureCues.glue(w) || FigureCues.stopsAfter(w)) break;
      if (FigureCues.after(w) != null && !w.equals("hostages") && !w.equals("prisoners")
          && !w.equals("captives") && !w.equals("detainees")) break;
      if (b.length() > 0) b.append(' ');
      b.append(Possessives.strip(t.text()));
    }
    return b.length() == 0 ? null : b.toString();
  }

  /** A word without a possessive ending: "prisoners’" is "prisoners". */
  static String cueForm(String lower) {
    return Possessives.strip(lower);
  }
}
