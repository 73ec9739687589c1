package org.dispatches.extract;

import java.util.List;
import java.util.Set;

/**
 * Finds who a sentence says a figure comes from: "according to X", "X said", "said X", "X told".
 * Keeps a source only when it names an authority (a capitalized name, or a word such as ministry,
 * officials, military), so that "he said" gives nothing.
 */
final class AttributionFinder {
  private static final Set<String> SPEECH =
      Set.of("said", "says", "say", "reported", "reports", "announced", "announces", "stated", "confirmed",
          "confirms", "told", "claimed", "claims", "estimated", "estimates", "added", "noted", "tallied");
  private static final Set<String> AUTHORITY_NOUNS =
      Set.of("ministry", "officials", "official", "authorities", "authority", "military", "army",
          "agency", "office", "spokesperson", "spokesman", "spokeswoman", "police", "government",
          "hospital", "hospitals", "medics", "doctors", "sources", "media", "service", "services",
          "defence", "defense", "department", "organization", "organisation", "committee", "forces",
          "group", "movement", "council", "statement", "data", "figures", "report", "agencies", "un");
  private static final Set<String> BOUNDARY =
      Set.of(",", ";", ":", "(", ")", "\"", "“", "”", "that", "which", "who", "and", "but", "as",
          "while", "where", "when", "—", "–", "-", "he", "she", "they", "it", "we", "i", "you");
  private static final int MAX_WORDS = 7;
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their");

  /** The attribution stated in the sentence, or null. */
  String find(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      if (w.equals("according") && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to")) {
        String s = phraseAfter(tokens, i + 2);
        if (s != null) return s;
      } else if (SPEECH.contains(w)) {
        String s = phraseBefore(tokens, i);
        if (s == null) s = phraseAfter(tokens, i + 1);
        if (s != null) return s;
      }
    }
    return null;
  }

  private static String phraseBefore(List<Token> tokens, int verb) {
    int from = verb;
    while (from > 0 && verb - from < MAX_WORDS && !BOUNDARY.contains(tokens.get(from - 1).lower())
        && tokens.get(from - 1).isWord()) {
      from--;
    }
    return authority(tokens, from, verb);
  }

  private static String phraseAfter(List<Token> tokens, int start) {
    int to = start;
    while (to < tokens.size() && to - start < MAX_WORDS && !BOUNDARY.contains(tokens.get(to).lower())
        && (tokens.get(to).isWord() || tokens.get(to).text().equals("'s"))) {
      to++;
    }
    return authority(tokens, start, to);
  }

  /** The phrase tokens[from, to) without a leading article, when it names an authority. */
  private static String authority(List<Token> tokens, int from, int to) {
    while (from < to && DETERMINERS.contains(tokens.get(from).lower())) from++;
    if (from >= to) return null;
    boolean named = false;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.isCapitalized() || AUTHORITY_NOUNS.contains(Possessives.strip(t.lower()))) named = true;
    }
    if (!named || (to - from == 1 && tokens.get(from).isCapitalized() && from == 0 && to == tokens.size())) return null;
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) b.append(' ');
      b.append(tokens.get(i).text());
    }
    return b.toString();
  }
}
