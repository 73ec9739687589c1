package org.dispatches.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dispatches.extract.text.NumberWords;

/**
 * Finds who a sentence says a figure comes from: "according to X", "X said", "said X", "X told".
 * Keeps a source only when it names an authority (a capitalized name, or a word such as ministry,
 * officials, military), so that "he said" gives nothing.
 */
final class AttributionFinder {
  /** Participles whose agent after "by" is a source: "8,000 Palestinians declared dead by Gaza's health ministry". */
  private static final Set<String> PASSIVE = Set.of(
      "declared",
      "reported",
      "confirmed",
      "counted",
      "recorded",
      "documented",
      "announced",
      "released",
      "compiled",
      "published",
      "cited",
      "given",
      "provided",
      "issued",
      "verified",
      "estimated",
      "collected");

  private static final Set<String> SPEECH = Set.of(
      "put",
      "puts",
      "gave",
      "gives",
      "recorded",
      "documented",
      "counted",
      "registered",
      "verified",
      "said",
      "says",
      "say",
      "reported",
      "reports",
      "announced",
      "announces",
      "stated",
      "confirmed",
      "confirms",
      "told",
      "claimed",
      "claims",
      "estimated",
      "estimates",
      "added",
      "noted",
      "tallied");
  private static final Set<String> AUTHORITY_NOUNS = Set.of(
      "ministry",
      "officials",
      "official",
      "authorities",
      "authority",
      "military",
      "army",
      "agency",
      "office",
      "spokesperson",
      "spokesman",
      "spokeswoman",
      "police",
      "government",
      "hospital",
      "hospitals",
      "medics",
      "doctors",
      "sources",
      "media",
      "service",
      "services",
      "defence",
      "defense",
      "department",
      "organization",
      "organisation",
      "committee",
      "forces",
      "group",
      "movement",
      "council",
      "statement",
      "data",
      "figures",
      "report",
      "agencies",
      "un",
      "presidency",
      "administration",
      "cabinet",
      "observatory",
      "monitor",
      "rescuers",
      "paramedics",
      "witnesses",
      "residents",
      "brigades",
      "wing",
      "mission",
      "programme",
      "fund",
      "bureau",
      "estimate",
      "count",
      "tally");
  private static final Set<String> BOUNDARY = Set.of(
      ",", ";", ":", "(", ")", "\"", "“", "”", "that", "which", "who", "and", "but", "as", "while",
      "where", "when", "—", "–", "-", "he", "she", "they", "it", "we", "i", "you");
  private static final int MAX_WORDS = 10;
  /** Verbs after a phrase that make it a clause's subject: "said Israel was embarking". */
  private static final Set<String> CLAUSE_VERBS = Set.of(
      "was", "is", "were", "are", "has", "had", "have", "would", "will", "could", "should", "did",
      "does", "may", "might", "must", "can");
  /** Pronouns whose "said" refers to a source named before: "it said", "they said". */
  private static final Set<String> PRONOUNS = Set.of("it", "they");

  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "its", "his", "her", "their");
  /** Auxiliaries and adverbs between a source and its verb: "the UN had earlier said", "medics have said". */
  private static final Set<String> BEFORE_VERB = Set.of(
      "has",
      "have",
      "had",
      "also",
      "earlier",
      "later",
      "previously",
      "alone",
      "then",
      "now",
      "would",
      "will",
      "separately",
      "initially",
      "officially",
      "further",
      "already",
      "again",
      "recently",
      "subsequently",
      "originally",
      "itself",
      "themselves",
      "first",
      "last",
      "repeatedly",
      "there",
      "here",
      "publicly",
      "privately",
      "once");
  /**
   * Lower-case words that belong in the name of a source ("health" in "the Hamas-run health
   * ministry", "chief" in "the army's chief spokesman"); any other lower-case word ends it.
   */
  private static final Set<String> NAME_WORDS = nameWords(
      // an authority noun is part of a name, but not the nouns of what a source publishes
      Set.of("statement", "data", "figures", "report", "un", "estimate", "count", "tally"),
      "health",
      "foreign",
      "interior",
      "local",
      "domestic",
      "intelligence",
      "internal",
      "border",
      "guard",
      "senior",
      "state",
      "civil",
      "security",
      "humanitarian",
      "human",
      "rights",
      "monitoring",
      "medical",
      "news",
      "emergency",
      "rescue",
      "relief",
      "aid",
      "prison",
      "public",
      "top",
      "national",
      "regional",
      "municipal",
      "world",
      "international",
      "independent",
      "watchdog",
      "chief",
      "minister",
      "ministers",
      "director",
      "head",
      "president",
      "commander",
      "general",
      "secretary",
      "envoy",
      "coordinator",
      "adviser",
      "advisor",
      "prime",
      "deputy",
      "ambassador",
      "representative",
      "workers",
      "staff",
      "palestinian",
      "israeli",
      "armed",
      "prisoners",
      "affairs",
      "run",
      "led",
      "backed",
      "controlled",
      "affiliated",
      "daily",
      "broadcaster",
      "newspaper",
      "channel",
      "radio",
      "television",
      "outlet",
      "force",
      "air",
      "navy",
      "unit",
      "parliament",
      "coalition",
      "alliance",
      "rebels",
      "militia",
      "militants",
      "team",
      "program",
      "bank",
      "union",
      "body");
  /** Capitalized words that open a sentence, not a name: "On Monday Israel said", "Meanwhile the UN said". */
  private static final Set<String> SENTENCE_OPENERS = Set.of(
      "on",
      "in",
      "at",
      "last",
      "earlier",
      "later",
      "but",
      "and",
      "meanwhile",
      "monday",
      "tuesday",
      "wednesday",
      "thursday",
      "friday",
      "saturday",
      "sunday",
      "yesterday",
      "today",
      "tonight",
      "separately",
      "also",
      "however",
      "now",
      "since",
      "overnight",
      "then",
      "previously",
      "elsewhere",
      "still",
      "yet",
      "so");
  /** Words inside a name that join capitalized words: "Ministry of Health", "Office for the Coordination". */
  private static final Set<String> NAME_JOINERS =
      Set.of("of", "for", "the", "and", "in", "on", "to");
  /** Nouns of data that the source follows: "according to figures from the health ministry". */
  private static final Set<String> DATA_NOUNS = Set.of(
      "figures",
      "data",
      "statistics",
      "estimates",
      "estimate",
      "tally",
      "count",
      "report",
      "reports",
      "statement",
      "numbers",
      "records",
      "analysis",
      "study",
      "survey",
      "information");

  /** A source a sentence names, and the token where its verb (or "according") stands. */
  record Attribution(String text, int at) {}

  /** The attribution stated in the sentence, or null: the first one when it names several. */
  String find(List<Token> tokens) {
    List<Attribution> all = findAll(tokens);
    return all.isEmpty() ? null : all.get(0).text();
  }

  /**
   * Every attribution the sentence states, in order; "it said" and "they said" give an attribution
   * with null text at their verb, the pronoun's source being the one named before.
   */
  List<Attribution> findAll(List<Token> tokens) {
    List<Attribution> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      if (w.equals("according")
          && i + 1 < tokens.size()
          && tokens.get(i + 1).lower().equals("to")) {
        String s = phraseAfter(tokens, i + 2);
        if (s != null) out.add(new Attribution(s, i));
      } else if (w.equals("by")
          && i > 0
          && (PASSIVE.contains(tokens.get(i - 1).lower())
              || i > 1 && PASSIVE.contains(tokens.get(i - 2).lower()))) {
        String s = phraseAfter(tokens, i + 1);
        if (s != null) out.add(new Attribution(s, i));
      } else if (SPEECH.contains(w)
          && !(i > 0 && DETERMINERS.contains(tokens.get(i - 1).lower()))) {
        // "a reported Israeli estimate": after an article the verb is an adjective
        String s = phraseBefore(tokens, i);
        // "told the BBC": who is told is no source; "said Israel was": the subject of what was said
        // is none either
        if (s == null && !w.equals("told")) s = subjectOfSpeechNot(tokens, i + 1);
        if (s != null) out.add(new Attribution(s, i));
        else if (i > 0 && PRONOUNS.contains(tokens.get(i - 1).lower()))
          out.add(new Attribution(null, i));
      }
    }
    return out;
  }

  /** The phrase after a speech verb, unless a verb follows it (then it is the subject of what was said). */
  private static String subjectOfSpeechNot(List<Token> tokens, int start) {
    String s = phraseAfter(tokens, start);
    if (s == null) return null;
    int n = s.split(" ").length;
    int k = start;
    while (k < tokens.size() && DETERMINERS.contains(tokens.get(k).lower())) k++;
    int after = k + n;
    if (after < tokens.size() && CLAUSE_VERBS.contains(tokens.get(after).lower())) return null;
    return s;
  }

  private static String phraseBefore(List<Token> tokens, int verb) {
    int to = verb;
    while (to > 0 && verb - to < 3 && BEFORE_VERB.contains(tokens.get(to - 1).lower())) to--;
    // "The Syrian Observatory for Human Rights, a UK-based monitoring group, reported": over the
    // apposition
    if (to > 0 && tokens.get(to - 1).text().equals(",")) {
      for (int k = to - 2; k > 0 && to - k <= 8; k--) {
        if (tokens.get(k).text().equals(",")) {
          to = k;
          break;
        }
      }
    }
    int from = to;
    while (from > 0
        && to - from < MAX_WORDS
        && !BOUNDARY.contains(tokens.get(from - 1).lower())
        && tokens.get(from - 1).isWord()
        && nameWord(tokens, from - 1, to)) {
      from--;
    }
    return authority(tokens, from, cutAtPlace(tokens, from, to));
  }

  private static String phraseAfter(List<Token> tokens, int start) {
    // "according to figures from the health ministry": the source is after the data noun
    int s = start;
    while (s < tokens.size() && DETERMINERS.contains(tokens.get(s).lower())) s++;
    // "according to the territory's Hamas-run health ministry": the place before the name is not
    // part of it
    if (s + 1 < tokens.size()
        && !tokens.get(s).isCapitalized()
        && tokens.get(s).isWord()
        && !Possessives.strip(tokens.get(s).lower()).equals(tokens.get(s).lower())
        && nameWord(tokens, s + 1, -1)) {
      start = s + 1;
      s = start;
    }
    if (s + 1 < tokens.size()
        && DATA_NOUNS.contains(tokens.get(s).lower())
        && Set.of("from", "by", "of", "released").contains(tokens.get(s + 1).lower())) {
      start = s + 2;
    }
    int to = start;
    while (to < tokens.size()
        && to - start < MAX_WORDS
        && !BOUNDARY.contains(tokens.get(to).lower())
        && (tokens.get(to).isWord() || tokens.get(to).text().equals("'s"))
        && nameWord(tokens, to, -1)) {
      to++;
    }
    // a joining word only inside a name: "Ministry of Health", not "the UN on Monday"
    while (to > start && NAME_JOINERS.contains(tokens.get(to - 1).lower())) to--;
    return authority(tokens, start, cutAtPlace(tokens, start, to));
  }

  /** "health ministry in the Israeli-occupied West Bank": the source ends before the place it is in. */
  private static int cutAtPlace(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      String w = tokens.get(k).lower();
      if (w.equals("in") || w.equals("at")) {
        for (int j = from; j < k; j++)
          if (AUTHORITY_NOUNS.contains(Possessives.strip(tokens.get(j).lower()))) return k;
      }
    }
    return to;
  }

  /**
   * Whether the token belongs in a source's name: a capitalized word, a word that names an
   * authority or qualifies one, a determiner, or a joining word ("of") before a capitalized word.
   */
  private static boolean nameWord(List<Token> tokens, int i, int end) {
    Token t = tokens.get(i);
    String w = Possessives.strip(t.lower());
    if (t.isCapitalized() || NAME_WORDS.contains(w) || DETERMINERS.contains(w)) return true;
    // "al-Hayya", "el-Sisi": a lower-case particle joined to a capitalized name
    int dash = t.text().indexOf('-');
    if (dash > 0
        && dash + 1 < t.text().length()
        && Character.isUpperCase(t.text().charAt(dash + 1))) return true;
    // "two sources", "three officials"
    if (NumberWords.wordValue(w) > 0
        && i + 1 < tokens.size()
        && NAME_WORDS.contains(tokens.get(i + 1).lower())) return true;
    if (w.indexOf('-') > 0) {
      for (String part : w.split("-")) if (NAME_WORDS.contains(part)) return true;
    }
    if (NAME_JOINERS.contains(w)) {
      if (i + 1 >= tokens.size() || i + 1 == end) return false;
      Token next = tokens.get(i + 1);
      if (DETERMINERS.contains(next.lower()) && i + 2 < tokens.size() && i + 2 != end)
        next = tokens.get(i + 2);
      return next.isCapitalized() || NAME_WORDS.contains(Possessives.strip(next.lower()));
    }
    return false;
  }

  /** The phrase tokens[from, to) without a leading article, when it names an authority. */
  private static String authority(List<Token> tokens, int from, int to) {
    // "On Monday the IDF": an article inside the phrase, not joining a name, starts the source
    for (int k = to - 2; k > from; k--) {
      if (Set.of("the", "a", "an").contains(tokens.get(k).lower())
          && !NAME_JOINERS.contains(tokens.get(k - 1).lower())) {
        from = k;
        break;
      }
    }
    while (from < to
        && (DETERMINERS.contains(tokens.get(from).lower())
            || SENTENCE_OPENERS.contains(tokens.get(from).lower()))) from++;
    if (from >= to) return null;
    boolean named = false;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.isCapitalized() || AUTHORITY_NOUNS.contains(Possessives.strip(t.lower()))) named = true;
    }
    // a lone capital is an initial, not a source ("C said")
    if (to - from == 1 && tokens.get(from).text().length() < 2) return null;
    if (!named
        || (to - from == 1 && tokens.get(from).isCapitalized() && from == 0 && to == tokens.size()))
      return null;
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) b.append(' ');
      b.append(tokens.get(i).text());
    }
    return b.toString();
  }

  /** The authority nouns but {@code notNames}, and {@code more}: the words a source's name may hold. */
  private static Set<String> nameWords(Set<String> notNames, String... more) {
    Set<String> words = new java.util.HashSet<>(AUTHORITY_NOUNS);
    words.removeAll(notNames);
    words.addAll(Set.of(more));
    return Set.copyOf(words);
  }
}
