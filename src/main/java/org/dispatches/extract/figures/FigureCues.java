package org.dispatches.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dispatches.extract.text.PatternAt;
import org.dispatches.extract.text.Sentences;
import org.dispatches.extract.text.WordList;

/**
 * The words that say what a number counts. A cue after the number names the counted group or
 * what happened to it ("33 Palestinians killed"); a cue before it is a verb or a toll whose object
 * the number is ("killing 33", "death toll rose to 33"). Glue words may stand between a cue before
 * the number and the number.
 */
final class FigureCues {
  /** Cues that may stand after the number. */
  private static final Map<String, FigureKind> AFTER = Map.ofEntries(
      Map.entry("killed", FigureKind.KILLED),
      Map.entry("dead", FigureKind.KILLED),
      Map.entry("died", FigureKind.KILLED),
      Map.entry("deaths", FigureKind.KILLED),
      Map.entry("slain", FigureKind.KILLED),
      Map.entry("fatalities", FigureKind.KILLED),
      Map.entry("fatality", FigureKind.KILLED),
      Map.entry("martyred", FigureKind.KILLED),
      Map.entry("martyrs", FigureKind.KILLED),
      Map.entry("perished", FigureKind.KILLED),
      Map.entry("murdered", FigureKind.KILLED),
      Map.entry("massacred", FigureKind.KILLED),
      Map.entry("lives", FigureKind.KILLED),
      Map.entry("executed", FigureKind.KILLED),
      Map.entry("wounded", FigureKind.WOUNDED),
      Map.entry("injured", FigureKind.WOUNDED),
      Map.entry("injuries", FigureKind.WOUNDED),
      Map.entry("hurt", FigureKind.WOUNDED),
      Map.entry("hostages", FigureKind.HOSTAGES),
      Map.entry("hostage", FigureKind.HOSTAGES),
      Map.entry("captives", FigureKind.HOSTAGES),
      Map.entry("captive", FigureKind.HOSTAGES),
      Map.entry("abductees", FigureKind.HOSTAGES),
      Map.entry("abducted", FigureKind.HOSTAGES),
      Map.entry("kidnapped", FigureKind.HOSTAGES),
      Map.entry("prisoners", FigureKind.PRISONERS),
      Map.entry("prisoner", FigureKind.PRISONERS),
      Map.entry("detainees", FigureKind.PRISONERS),
      Map.entry("detained", FigureKind.PRISONERS),
      Map.entry("arrested", FigureKind.PRISONERS),
      Map.entry("displaced", FigureKind.DISPLACED),
      Map.entry("fled", FigureKind.DISPLACED),
      Map.entry("homeless", FigureKind.DISPLACED),
      Map.entry("missing", FigureKind.MISSING),
      Map.entry("unaccounted", FigureKind.MISSING),
      Map.entry("trucks", FigureKind.AID_TRUCKS),
      Map.entry("lorries", FigureKind.AID_TRUCKS),
      Map.entry("slaughtered", FigureKind.KILLED),
      Map.entry("bodies", FigureKind.KILLED),
      Map.entry("corpses", FigureKind.KILLED),
      Map.entry("drowned", FigureKind.KILLED),
      Map.entry("victims", FigureKind.KILLED),
      Map.entry("inmates", FigureKind.PRISONERS),
      Map.entry("jailed", FigureKind.PRISONERS),
      Map.entry("imprisoned", FigureKind.PRISONERS),
      Map.entry("refugees", FigureKind.DISPLACED),
      Map.entry("flee", FigureKind.DISPLACED),
      Map.entry("fleeing", FigureKind.DISPLACED),
      Map.entry("refuge", FigureKind.DISPLACED),
      Map.entry("shelter", FigureKind.DISPLACED),
      Map.entry("sheltering", FigureKind.DISPLACED),
      Map.entry("uprooted", FigureKind.DISPLACED),
      Map.entry("beheaded", FigureKind.KILLED));
  /** Cues that may stand before the number. */
  private static final Map<String, FigureKind> BEFORE = Map.ofEntries(
      Map.entry("killing", FigureKind.KILLED),
      Map.entry("killed", FigureKind.KILLED),
      Map.entry("kill", FigureKind.KILLED),
      Map.entry("kills", FigureKind.KILLED),
      Map.entry("murdering", FigureKind.KILLED),
      Map.entry("toll", FigureKind.KILLED),
      Map.entry("deaths", FigureKind.KILLED),
      Map.entry("fatalities", FigureKind.KILLED),
      Map.entry("dead", FigureKind.KILLED),
      Map.entry("death", FigureKind.KILLED),
      Map.entry("lives", FigureKind.KILLED),
      Map.entry("martyrs", FigureKind.KILLED),
      Map.entry("injuring", FigureKind.WOUNDED),
      Map.entry("wounding", FigureKind.WOUNDED),
      Map.entry("injured", FigureKind.WOUNDED),
      Map.entry("wounded", FigureKind.WOUNDED),
      Map.entry("injuries", FigureKind.WOUNDED),
      Map.entry("kidnapping", FigureKind.HOSTAGES),
      Map.entry("abducting", FigureKind.HOSTAGES),
      Map.entry("arresting", FigureKind.PRISONERS),
      Map.entry("detaining", FigureKind.PRISONERS),
      Map.entry("arrested", FigureKind.PRISONERS),
      Map.entry("detained", FigureKind.PRISONERS),
      Map.entry("displacing", FigureKind.DISPLACED),
      Map.entry("massacred", FigureKind.KILLED),
      Map.entry("slaughtered", FigureKind.KILLED),
      Map.entry("slaughtering", FigureKind.KILLED),
      Map.entry("martyrdom", FigureKind.KILLED),
      Map.entry("bodies", FigureKind.KILLED),
      Map.entry("executing", FigureKind.KILLED),
      Map.entry("massacre", FigureKind.KILLED),
      Map.entry("displacement", FigureKind.DISPLACED),
      Map.entry("detention", FigureKind.PRISONERS),
      Map.entry("abduction", FigureKind.HOSTAGES),
      // "Hamas murdered 1,200 people", "the slaughter of more than 1,400 people"
      Map.entry("murdered", FigureKind.KILLED),
      Map.entry("murder", FigureKind.KILLED),
      Map.entry("murders", FigureKind.KILLED),
      Map.entry("slaughter", FigureKind.KILLED),
      Map.entry("killings", FigureKind.KILLED));
  /** Words that may stand between a cue before the number and the number. */
  private static final Set<String> GLUE = Set.of(
      "to",
      "at",
      "of",
      "as",
      "rose",
      "risen",
      "rises",
      "climbed",
      "climbs",
      "reached",
      "reaches",
      "hit",
      "hits",
      "stood",
      "stands",
      "surpassed",
      "passed",
      "passes",
      "exceeded",
      "exceeds",
      "topped",
      "tops",
      "nears",
      "neared",
      "nearing",
      "is",
      "was",
      "has",
      "had",
      "have",
      "been",
      "now",
      "coded",
      "another",
      "some",
      "about",
      "around",
      "least",
      "more",
      "than",
      "over",
      "nearly",
      "almost",
      "up",
      "approximately",
      "roughly",
      "an",
      "estimated",
      "total",
      "a",
      "the",
      "by",
      "jumped",
      "increased",
      "soared",
      "grown",
      "grew",
      "went",
      "gone",
      "reportedly",
      "further",
      "additional",
      "toll",
      "number",
      "overall",
      "new",
      "latest",
      "surpasses",
      "soars",
      "soar",
      "mounts",
      "mounted",
      "surges",
      "surged",
      "jumps",
      "past",
      "above",
      "beyond",
      "set",
      "verge",
      "on",
      "still",
      "climb",
      "rise",
      "reach",
      "pass",
      "exceed",
      "top",
      "near",
      "stand",
      "increases",
      "mount",
      "surpass",
      "between");
  /** Verbs that move a toll: when one stands before the number, the toll may be several words back. */
  private static final Set<String> TOLL_VERBS = Set.of(
      "rose",
      "risen",
      "rises",
      "rise",
      "climbed",
      "climbs",
      "climb",
      "reached",
      "reaches",
      "reach",
      "hit",
      "hits",
      "stood",
      "stands",
      "stand",
      "surpassed",
      "surpasses",
      "surpass",
      "passed",
      "passes",
      "pass",
      "exceeded",
      "exceeds",
      "exceed",
      "topped",
      "tops",
      "top",
      "nears",
      "neared",
      "nearing",
      "near",
      "soared",
      "soars",
      "soar",
      "mounts",
      "mounted",
      "mount",
      "surges",
      "surged",
      "jumps",
      "jumped",
      "increased",
      "increases",
      "is",
      "was",
      "verge",
      "crossed",
      "crosses",
      "cross");
  /** Nouns whose number a toll verb reports: "the death toll from strikes on Gaza rose to N". */
  private static final Set<String> TOLL_NOUNS = Set.of("toll", "deaths", "fatalities", "dead");
  /** Nouns that make a counted group a tally: "the number of hostages freed ... to 18". */
  private static final Set<String> TALLY_NOUNS =
      Set.of("number", "total", "tally", "count", "figure");
  /** Verbs that carry a tally to a new value: "bringing the death toll to 74". */
  private static final Set<String> TALLY_VERBS = Set.of(
      "bringing",
      "brings",
      "bring",
      "brought",
      "taking",
      "takes",
      "take",
      "took",
      "raising",
      "raises",
      "raised",
      "pushing",
      "pushes",
      "pushed",
      "putting",
      "puts",
      "put",
      "lifting",
      "lifted");
  /** Release verbs: the kind follows who is released (hostages, or prisoners). */
  private static final Set<String> RELEASE =
      Set.of("released", "freed", "exchanged", "swapped", "returned", "handed");
  /** Cues that are states of a counted group: a death or injury verb further on overrides them ("132 prisoners ... burned to death"). */
  private static final Set<FigureKind> STATUS_KINDS =
      Set.of(FigureKind.HOSTAGES, FigureKind.PRISONERS);
  /** People nouns for "lost 30 officers": losing people is losing them dead. */
  private static final Set<String> PEOPLE = Set.of(
      "soldiers",
      "soldier",
      "officers",
      "officer",
      "members",
      "member",
      "troops",
      "personnel",
      "fighters",
      "fighter",
      "colleagues",
      "colleague",
      "men",
      "staff",
      "peacekeepers",
      "peacekeeper",
      "lives",
      "people",
      "civilians",
      "workers",
      "journalists",
      "children",
      "sons",
      "relatives");
  /** Verbs used both actively and passively: a number before them is the agent when another follows. */
  private static final Set<String> TRANSITIVE = Set.of(
      "killed",
      "wounded",
      "injured",
      "murdered",
      "arrested",
      "detained",
      "kidnapped",
      "abducted",
      "executed",
      "massacred");
  /** Words that end the search for a cue after the number: a new clause starts. */
  private static final Set<String> STOP_AFTER = Set.of(
      "and",
      "or",
      "but",
      "while",
      "whereas",
      "after",
      "before",
      "since",
      "when",
      "because",
      "than",
      "if",
      "though",
      "although",
      ";",
      ":",
      "(",
      ")",
      "\"",
      "“",
      "”",
      "?",
      "—",
      "–");

  private static final Set<String> DURATION_CUES = Set.of(
      "truce", "ceasefire", "cease-fire", "pause", "lull", "halt", "break", "calm", "armistice");

  /**
   * Every cue word's runs of ASCII letters ("cease" and "fire" for "cease-fire"): a token that is a
   * cue, maybe with a possessive ending, stands in its text as one of these runs.
   */
  private static final WordList CUE_RUNS = new WordList(cueRuns());

  private FigureCues() {}

  private static java.util.Set<String> cueRuns() {
    java.util.Set<String> words = new java.util.HashSet<>();
    words.addAll(AFTER.keySet());
    words.addAll(BEFORE.keySet());
    words.addAll(TOLL_NOUNS);
    words.addAll(DURATION_CUES);
    words.addAll(RELEASE);
    words.addAll(Set.of("held", "lost", "death", "forced", "phase", "home", "homes"));
    java.util.Set<String> runs = new java.util.HashSet<>();
    for (String w : words) for (String run : w.split("[^a-z]+")) if (!run.isEmpty()) runs.add(run);
    return runs;
  }

  /**
   * Whether the text may hold a cue word: a figure needs one, so a sentence without is not worth
   * tokenizing. A token whose lower case is a cue is that cue's ASCII letters in any case, or holds
   * the Kelvin sign, the one non-ASCII character that lower-cases to an ASCII letter.
   */
  static boolean mayHoldCue(String text) {
    return text.indexOf('\u212A') >= 0
        || PatternAt.anyWord(text, (t, start, end) -> CUE_RUNS.contains(t, start, end, true));
  }

  /**
   * The sentences of {@link Sentences#split} that {@link #mayHoldCue}, in order: found from the cue
   * words of the whole text in one scan, and only those sentences cut out, rather than cutting out
   * every sentence and scanning each (most sentences hold no cue). A scrape may glue a sentence to
   * the one before inside a run of letters ("killedThree"): at a capital right after a small letter
   * the sentences on both sides are tried.
   */
  static List<String> sentencesWithCues(String text) {
    List<String> out = new ArrayList<>();
    if (text.indexOf('\u212A') >= 0) {
      // the Kelvin sign lower-cases to a letter the scan does not see: the plain way
      for (String sentence : Sentences.split(text)) if (mayHoldCue(sentence)) out.add(sentence);
      return out;
    }
    int end = -1;
    for (int p : cuePlaces(text)) {
      if (p < end) continue; // in the sentence tried last
      Sentences.Bounds b = Sentences.around(text, p);
      end = b.to();
      String sentence = text.substring(b.from(), b.to()).strip();
      if (!sentence.isEmpty() && mayHoldCue(sentence)) out.add(sentence);
    }
    return out;
  }

  /**
   * Sorted, the start of every run of ASCII letters that is a cue run, and every capital right after
   * a small letter with the letter before it: each sentence holding a cue holds one of these.
   */
  private static int[] cuePlaces(String text) {
    int[] out = new int[16];
    int n = 0;
    int len = text.length();
    long letterBefore = 0, smallBefore = 0;
    char[] block = new char[64];
    for (int base = 0; base < len; base += 64) {
      int limit = Math.min(64, len - base);
      text.getChars(base, base + limit, block, 0);
      long letters = 0, caseBits = 0;
      // one bit per character without a branch per character, as PatternAt does; an ASCII letter
      // is small when its 0x20 bit is set
      for (int k = 0; k < limit; k++) {
        char c = block[k];
        int d = (c | 0x20) - 'a';
        letters |= (long) (((d | (25 - d)) >>> 31) ^ 1) << k;
        caseBits |= (long) ((c >>> 5) & 1) << k;
      }
      long small = letters & caseBits;
      long capitals = letters & ~caseBits;
      long glued = capitals & ((small << 1) | smallBefore);
      long starts = letters & ~((letters << 1) | letterBefore);
      letterBefore = letters >>> 63;
      smallBefore = small >>> 63;
      if (n + 2 * Long.bitCount(glued) + Long.bitCount(starts) > out.length)
        out = java.util.Arrays.copyOf(
            out, 2 * (n + 2 * Long.bitCount(glued) + Long.bitCount(starts)));
      while (glued != 0) {
        int at = base + Long.numberOfTrailingZeros(glued);
        glued &= glued - 1;
        out[n++] = at - 1;
        out[n++] = at;
      }
      while (starts != 0) {
        int start = base + Long.numberOfTrailingZeros(starts);
        starts &= starts - 1;
        if (CUE_RUNS.contains(text, start, runEnd(text, base, letters, start), true))
          out[n++] = start;
      }
    }
    return PatternAt.sortedDistinct(out, n);
  }

  /** The end of the run of ASCII letters at {@code start}, from the block's bits while the run stays in it. */
  private static int runEnd(String text, int base, long letters, int start) {
    long after = ~letters >>> (start - base);
    if (after != 0) return Math.min(start + Long.numberOfTrailingZeros(after), text.length());
    int end = base + 64;
    while (end < text.length() && PatternAt.isAsciiLetter(text.charAt(end))) end++;
    return end;
  }

  static FigureKind after(String lower) {
    return AFTER.get(lower);
  }

  static FigureKind before(String lower) {
    return BEFORE.get(lower);
  }

  static boolean glue(String lower) {
    return GLUE.contains(lower);
  }

  static boolean tollVerb(String lower) {
    return TOLL_VERBS.contains(lower);
  }

  static boolean tollNoun(String lower) {
    return TOLL_NOUNS.contains(lower);
  }

  static boolean transitive(String lower) {
    return TRANSITIVE.contains(lower);
  }

  static boolean stopsAfter(String lower) {
    return STOP_AFTER.contains(lower);
  }

  static boolean tallyNoun(String lower) {
    return TALLY_NOUNS.contains(lower);
  }

  static boolean tallyVerb(String lower) {
    return TALLY_VERBS.contains(lower);
  }

  static boolean release(String lower) {
    return RELEASE.contains(lower);
  }

  static boolean status(FigureKind kind) {
    return STATUS_KINDS.contains(kind);
  }

  static boolean people(String lower) {
    return PEOPLE.contains(lower);
  }

  static boolean durationCue(String lower) {
    return DURATION_CUES.contains(lower);
  }
}
