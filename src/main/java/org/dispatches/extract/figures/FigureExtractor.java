package org.dispatches.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dispatches.extract.text.NumberWords;
import org.dispatches.extract.text.Sentences;

/**
 * Finds the figures a report states: each count in a sentence, what it counts (from a cue word
 * after it, "33 Palestinians killed", or before it, "killing 33", "death toll rose to 33"), its
 * qualifier, the counted subject, who the sentence attributes it to ({@link AttributionScope}), the source's canonical name and what kind of claim the
 * figure is. Truce lengths come from durations next to a truce word ("a 50-day ceasefire", "a
 * six-week truce") or in a sentence about one ("the first phase lasts 42 days").
 */
public final class FigureExtractor {
  private static final Set<String> NOT_VICTIMS = Set.of(
      "strikes",
      "airstrikes",
      "air",
      "attacks",
      "raids",
      "rockets",
      "missiles",
      "bombs",
      "shells",
      "homes",
      "houses",
      "buildings",
      "schools",
      "hospitals",
      "mosques",
      "tanks",
      "incidents",
      "families",
      "times",
      "drones",
      "shots",
      "rounds",
      "towns",
      "villages",
      "countries",
      "nations",
      "ways",
      "things",
      "sides",
      "parties",
      "phases",
      "stages",
      "that",
      "which",
      "targets",
      "munitions");
  private static final Set<String> SUBJECT_STOP = Set.of(
      "were",
      "was",
      "are",
      "is",
      "have",
      "has",
      "had",
      "been",
      "be",
      "who",
      "whom",
      "in",
      "on",
      "at",
      "of",
      "from",
      "including",
      "to",
      "by",
      "with",
      "during",
      "since",
      "inside",
      "near",
      "reportedly",
      "being",
      "also",
      "remain",
      "remained",
      "still",
      "across",
      "so",
      "far");
  /** Words that may stand between a duration and the truce word before it ("a truce for 50 days"). */
  private static final Set<String> BEFORE_DURATION =
      Set.of("for", "lasting", "last", "extended", "initial", "first", "phase");
  /** Words before a duration that make it the length of the truce a sentence is about ("lasts for 42 days"). */
  private static final Set<String> LASTING =
      Set.of("last", "lasts", "lasting", "lasted", "for", "since", "within");
  /** Words between a duration and "phase" ("six-week-long first phase"). */
  private static final Set<String> PHASE_WORDS =
      Set.of("first", "second", "third", "initial", "phase", "stage", "long");
  /**
   * Words that open a clause a count's verb reaches over: "15,000 people, many of them women and
   * children, have been killed"; "8,796 Palestinians, including 3,648 children, have been killed".
   */
  private static final Set<String> ASIDE_OPENERS = Set.of(
      "including",
      "many",
      "most",
      "mostly",
      "mainly",
      "among",
      "some",
      "half",
      "nearly",
      "almost",
      "both",
      "largely",
      "majority",
      "overwhelmingly",
      "predominantly",
      "according",
      "the",
      "a",
      "all",
      "at",
      "in",
      "who",
      "which",
      "from",
      "aged",
      "with",
      "roughly",
      "about",
      "around",
      "approximately");
  /** Words before a number that make it part of the figure before it: "including 2,704 children", "of whom 130". */
  private static final Set<String> SUBSET_MARKERS =
      Set.of("including", "among", "whom", "which", "them", "incl");
  /** Qualifier words a subset marker or a conjunction may stand before: "including more than 4,300". */
  private static final Set<String> QUALIFIER_WORDS = Set.of(
      "more",
      "than",
      "at",
      "least",
      "about",
      "some",
      "nearly",
      "almost",
      "around",
      "over",
      "an",
      "estimated",
      "approximately",
      "roughly",
      "up",
      "to",
      "as",
      "many",
      "another",
      "further",
      "a",
      "other");

  private static final Set<String> CONJUNCTIONS = Set.of("and", "or", ",", "plus");
  private static final int WINDOW = 9;
  /** Where the look back from a toll verb to its toll ends: "since then" and "after the attack" may stand between. */
  private static final Set<String> TOLL_STOPS =
      Set.of(",", ";", ":", "(", ")", "\"", "“", "”", "but", "while", "whereas", "and", "or");

  private static final Set<String> ONE_PERSON =
      Set.of("woman", "man", "child", "girl", "boy", "baby", "soldier", "civilian");
  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’");
  private static final Set<String> DASHES = Set.of("-", "–", "—");
  /** People nouns an "and" may join inside one counted group: "15 women and girls were wounded". */
  private static final Set<String> JOINED_PEOPLE = Set.of(
      "children",
      "girls",
      "boys",
      "women",
      "men",
      "babies",
      "infants",
      "elderly",
      "civilians",
      "soldiers",
      "teenagers",
      "minors",
      "medics",
      "paramedics",
      "journalists",
      "relatives",
      "fighters",
      "officers",
      "israelis",
      "palestinians",
      "foreigners",
      "nationals",
      "americans",
      "residents",
      "others");
  /** Participles of violence an "and" may join to a casualty verb: "were shot and killed". */
  private static final Set<String> VIOLENCE = Set.of(
      "shot",
      "stabbed",
      "beaten",
      "attacked",
      "ambushed",
      "tortured",
      "raped",
      "struck",
      "hit",
      "burned",
      "burnt",
      "abused");
  /** Determiners an "and" may stand before a number with: "killing Zohar, his wife and their two daughters". */
  private static final Set<String> POSSESSIVES = Set.of("their", "his", "her", "its", "our");

  private static final Set<String> RECOVERY_WORDS = Set.of(
      "grave",
      "graves",
      "exhumed",
      "exhume",
      "exhuming",
      "recovered",
      "recover",
      "recovering",
      "retrieved",
      "retrieve",
      "cemetery",
      "cemeteries",
      "buried",
      "burial");
  private static final Set<String> PRISON_WORDS = Set.of(
      "prison",
      "prisons",
      "jail",
      "jails",
      "detention",
      "custody",
      "guantanamo",
      "detainees",
      "prisoners",
      "inmates",
      "charge",
      "arrested",
      "detained",
      "belmarsh",
      "cell",
      "cells");
  private static final int ASIDE_MAX = 16;
  /** How far back from "including" the casualty verb of the group it lists may stand. */
  private static final int INCLUDED_REACH = 10;
  /** Words that end that look back: another clause or another speaker. */
  private static final Set<String> INCLUDED_STOPS = Set.of(
      ";",
      ":",
      "(",
      ")",
      "\"",
      "“",
      "”",
      "but",
      "while",
      "whereas",
      "said",
      "says",
      "and",
      "or",
      "if",
      "because",
      "although",
      "though");

  private final NumberFinder numbers = new NumberFinder();
  private final AttributionFinder attributions = new AttributionFinder();
  private final SourceNames sources;
  private final ArabicFigures arabic;

  public FigureExtractor() {
    this(SourceNames.loadDefault());
  }

  public FigureExtractor(SourceNames sources) {
    this.sources = sources;
    this.arabic = new ArabicFigures(sources);
  }

  /** Every figure in {@code text}, in text order. */
  public List<Figure> extract(String text) {
    List<Figure> figures = new ArrayList<>();
    if (text == null) return figures;
    String lastNamed = null;
    String digits = NumberWords.asciiDigits(text);
    if (ArabicFigures.isArabic(digits)) {
      for (String sentence : Sentences.split(digits)) figures.addAll(arabic.sentence(sentence));
      return figures;
    }
    // a figure needs a cue word: most sentences have none and need no look at all
    for (String sentence : FigureCues.sentencesWithCues(digits)) {
      if (!NumberFinder.mayHoldCount(sentence)) continue;
      List<Token> tokens = Token.tokenize(Acronyms.undot(sentence));
      List<NumberMention> found = numbers.find(tokens);
      if (found.isEmpty()) continue;
      List<AttributionFinder.Attribution> named = attributions.findAll(tokens);
      Context previous = Context.NONE;
      for (NumberMention m : found) {
        String attribution = AttributionScope.of(tokens, found, named, m, lastNamed);
        Reading r = figure(sentence, tokens, m, attribution, previous);
        if (r.figure() != null) r = new Reading(withSource(r.figure()), r.cueBefore());
        if (r.figure() != null) figures.add(r.figure());
        if (!m.isDuration())
          previous = new Context(
              r.figure() == null ? null : FigureKind.fromId(r.figure().kind()), m, r.cueBefore());
      }
      for (AttributionFinder.Attribution a : named) if (a.text() != null) lastNamed = a.text();
    }
    return HealthMinistryPlace.placedByRestatement(RestatedFigures.withSources(figures));
  }

  /** The figure with its attribution resolved to a canonical source. */
  private Figure withSource(Figure f) {
    if (f.attribution() == null) return f;
    return f.withSource(HealthMinistryPlace.source(
        sources.canonical(f.attribution()), f.attribution(), f.sentence()));
  }

  /** The figure before a number in its sentence: its kind (null when none), its number, and whether its cue came before it. */
  private record Context(FigureKind kind, NumberMention mention, boolean cueBefore) {
    static final Context NONE = new Context(null, null, false);
  }

  /** A figure read from a number (null when the number is none), and whether its cue stood before it. */
  private record Reading(Figure figure, boolean cueBefore) {
    static final Reading NONE = new Reading(null, false);
  }

  private static Reading figure(
      String sentence, List<Token> tokens, NumberMention m, String attribution, Context previous) {
    String source = null; // resolved once the number proves a figure
    String qualifier = qualifier(tokens, m);
    if (m.isDuration()) {
      if (!(truceNear(tokens, m) || truceSentence(tokens, m))) return Reading.NONE;
      return new Reading(
          new Figure(
              FigureKind.TRUCE_DAYS.id(),
              m.days(),
              qualifier,
              null,
              attribution,
              sentence,
              Claims.of(tokens, m, FigureKind.TRUCE_DAYS),
              source),
          false);
    }
    if (m.value() <= 0) return Reading.NONE;
    FigureKind kind = null;
    boolean before = false;
    NumberMention prev = previous.mention();
    if (prev != null && prev.first() == m.first())
      kind = previous.kind(); // the two ends of one range
    if (kind == null
        && previous.kind() != null
        && (subsetOfPrevious(tokens, m, prev) || ofWhom(tokens, m))) {
      kind = previous.kind();
      before = true;
    }
    if (kind == null && previous.kind() != null && dashAfter(tokens, prev, m)) {
      kind =
          previous.kind(); // "36 media workers — 31 Palestinians, four Israelis and one Lebanese —"
      before = true;
    }
    if (kind == null) {
      kind = cueBefore(tokens, m);
      before = kind != null;
    }
    if (kind == null) {
      kind = listAfterColon(tokens, m);
      before = kind != null;
    }
    if (kind == null) kind = cueAfter(tokens, m);
    if (kind == null
        && previous.kind() != null
        && previous.cueBefore()
        && coordinated(tokens, prev, m)) {
      kind = previous.kind();
      before = true;
    }
    if (kind == null) {
      kind = verbBeforeAnd(tokens, m.first());
      before = kind != null;
    }
    if (kind == null) {
      kind = includedAfterCue(tokens, m);
      before = kind != null;
    }
    if (kind == null) return Reading.NONE;
    // "one of the prisoners, Yahya": one member of a group is no count of captives
    if (m.value() == 1
        && FigureCues.status(kind)
        && m.last() + 1 < tokens.size()
        && tokens.get(m.last() + 1).lower().equals("of")) {
      return Reading.NONE;
    }
    String t = tokens.get(m.first()).lower();
    // "one community": "one" counts a person, or one of a group, never one of anything else
    if (t.equals("one") && m.first() == m.last() && !onePerson(tokens, m.last()))
      return Reading.NONE;
    // "killing a woman": an article counts one victim, never one of anything else
    if ((t.equals("a") || t.equals("an"))
        && m.first() == m.last()
        && kind != FigureKind.KILLED
        && kind != FigureKind.WOUNDED) {
      return Reading.NONE;
    }
    return new Reading(
        new Figure(
            kind.id(),
            m.value(),
            qualifier,
            subject(tokens, m.last()),
            attribution,
            sentence,
            Claims.of(tokens, m, kind),
            source),
        before);
  }

  /** The hedge before the number; a vague quantity is a lower bound, a range's upper end an upper one. */
  private static String qualifier(List<Token> tokens, NumberMention m) {
    return switch (m.bound()) {
      case RANGE_UPPER -> "up to";
      // a vague quantity's value is already the least it can mean ("tens of thousands" 10,000)
      case VAGUE_LOWER, EXACT -> Qualifiers.before(tokens, m.first());
    };
  }

  /**
   * "..., including 2,704 children", "of whom more than 130", "among them 20": a number right after a
   * subset marker (qualifier words aside) counts part of the figure before it, and shares its kind.
   */
  private static boolean subsetOfPrevious(
      List<Token> tokens, NumberMention m, NumberMention previous) {
    int j = m.first() - 1;
    while (j > previous.last() && QUALIFIER_WORDS.contains(tokens.get(j).lower())) j--;
    if (j <= previous.last()) return false;
    String w = tokens.get(j).lower();
    if (!SUBSET_MARKERS.contains(w)) return false;
    if (w.equals("whom") || w.equals("which") || w.equals("them")) {
      return j > 0
          && (tokens.get(j - 1).lower().equals("of")
              || tokens.get(j - 1).lower().equals("among"));
    }
    return true;
  }

  /** A number right after a dash that follows the figure before it within a few words: a breakdown of that figure. */
  private static boolean dashAfter(List<Token> tokens, NumberMention previous, NumberMention m) {
    int d = m.first() - 1;
    while (d > previous.last() && QUALIFIER_WORDS.contains(tokens.get(d).lower())) d--;
    return d > previous.last()
        && d - previous.last() <= 4
        && DASHES.contains(tokens.get(d).lower());
  }

  /** "one civilian", "one of its soldiers", "one killed": what follows "one" is a person, a group or a cue. */
  private static boolean onePerson(List<Token> tokens, int last) {
    int reach = 2;
    for (int j = last + 1; j < tokens.size() && j - last <= reach; j++) {
      String w = cueForm(tokens.get(j).lower());
      // "one 12-year-old girl": the age describes the person
      if (w.endsWith("-year-old")) {
        reach++;
        continue;
      }
      if (w.equals("of")
          || w.equals("more")
          || w.equals("other")
          || NumberFinder.person(w)
          || FigureCues.after(w) != null
          || FigureCues.people(w)) return true;
      if (!tokens.get(j).isWord()) return false;
    }
    return false;
  }

  /** "756 people – 344 of whom were children": a part of the figure before it. */
  private static boolean ofWhom(List<Token> tokens, NumberMention m) {
    int j = m.last() + 1;
    return j + 1 < tokens.size()
        && tokens.get(j).lower().equals("of")
        && Set.of("whom", "them", "which", "those").contains(tokens.get(j + 1).lower());
  }

  /**
   * "killing six Israeli soldiers and one civilian": a number joined by "and", "or" or a comma to
   * the figure before it, with at most three words of that figure's subject between, counts the
   * same thing.
   */
  private static boolean coordinated(List<Token> tokens, NumberMention previous, NumberMention m) {
    int j = m.first() - 1;
    while (j > previous.last() && QUALIFIER_WORDS.contains(tokens.get(j).lower())) j--;
    if (j <= previous.last()) return false;
    if (j - 2 > previous.last()
        && tokens.get(j).lower().equals("as")
        && tokens.get(j - 1).lower().equals("well")
        && tokens.get(j - 2).lower().equals("as")) {
      j -= 2;
    } else if (!CONJUNCTIONS.contains(tokens.get(j).lower())) return false;
    if (j - 1 > previous.last() && tokens.get(j - 1).lower().equals(",")) j--;
    int words = j - previous.last() - 1;
    if (words > 3) return false;
    for (int k = previous.last() + 1; k < j; k++) {
      Token t = tokens.get(k);
      if (!t.isWord() || FigureCues.stopsAfter(t.lower())) return false;
    }
    return true;
  }

  /**
   * A cue before the number, with only glue words between ("killing at least 20"); after a toll
   * verb or "to", a toll noun or a tally of a counted group several words back ("the death toll in
   * Gaza from strikes rises to 20", "bringing the number of hostages freed to 18"); "lost 30
   * officers".
   */
  private static FigureKind cueBefore(List<Token> tokens, NumberMention m) {
    int first = m.first();
    boolean tollVerb = false;
    for (int j = first - 1; j >= 0 && first - j <= 7; j--) {
      String w = cueForm(tokens.get(j).lower());
      FigureKind k = FigureCues.before(w);
      if (k != null) return w.equals("bodies") && recoveredBodies(tokens) ? null : k;
      if ((w.equals("lost") || w.equals("losing") || w.equals("lose"))
          && j == first - 1
          && lostPeople(tokens, m)) {
        return FigureKind.KILLED;
      }
      tollVerb |= FigureCues.tollVerb(w) || w.equals("to");
      if (QUOTES.contains(w)) continue;
      // "killed close to 1,600": a qualifier of its own
      if (w.equals("close") && tokens.get(j + 1).lower().equals("to")) continue;
      if (!FigureCues.glue(w)) return tollVerb ? tollBefore(tokens, j) : null;
    }
    return null;
  }

  /**
   * "killing the cousin's wife and two daughters", "killed the father, mother and 20 other family
   * members": a casualty verb a few words before the "and" governs the number after it, when the
   * number has no verb of its own.
   */
  private static FigureKind verbBeforeAnd(List<Token> tokens, int first) {
    int and = first - 1;
    while (and >= 0 && QUALIFIER_WORDS.contains(tokens.get(and).lower())) and--;
    if (and >= 1 && POSSESSIVES.contains(tokens.get(and).lower())) and--;
    if (and < 1 || !tokens.get(and).lower().equals("and")) return null;
    for (int j = and - 1; j >= 0 && and - j <= 6; j--) {
      String w = cueForm(tokens.get(j).lower());
      FigureKind k = FigureCues.before(w);
      if (k == FigureKind.KILLED || k == FigureKind.WOUNDED) return k;
      if (!(tokens.get(j).isWord() || w.equals(","))
          || isNumberToken(tokens.get(j))
          || FigureCues.stopsAfter(w)) return null;
    }
    return null;
  }

  /**
   * "the 64th journalist to be killed ...: 57 Palestinians, four Israelis and three Lebanese": a
   * number right after a colon or dash counts what a cue before it names.
   */
  private static FigureKind listAfterColon(List<Token> tokens, NumberMention m) {
    int c = m.first() - 1;
    // "the number of people killed — at least 1,200 —"
    while (c > 0 && QUALIFIER_WORDS.contains(tokens.get(c).lower())) c--;
    if (c < 1
        || !(tokens.get(c).lower().equals(":") || DASHES.contains(tokens.get(c).lower())))
      return null;
    for (int j = c - 1; j >= 0 && c - j <= 12; j--) {
      String w = cueForm(tokens.get(j).lower());
      FigureKind k = FigureCues.after(w);
      if (k != null && !FigureCues.status(k)) return k;
      if (w.equals(";")
          || w.equals(":")
          || isNumberToken(tokens.get(j)) && DASHES.contains(tokens.get(c).lower())) return null;
    }
    return null;
  }

  private static boolean lostPeople(List<Token> tokens, NumberMention m) {
    for (int j = m.last() + 1; j < tokens.size() && j - m.last() <= 3; j++) {
      String w = tokens.get(j).lower();
      if (FigureCues.people(w)) return true;
      if (!tokens.get(j).isWord()) return false;
    }
    return false;
  }

  /** The kind of the toll or tally a toll verb moves, looking back from {@code from}. */
  private static FigureKind tollBefore(List<Token> tokens, int from) {
    FigureKind counted = null;
    for (int j = from; j >= 0 && from - j <= 22; j--) {
      String w = cueForm(tokens.get(j).lower());
      if (FigureCues.tollNoun(w)) return FigureKind.KILLED;
      if (counted == null) counted = FigureCues.after(w);
      if (counted != null && FigureCues.tallyNoun(w)) return counted;
      if (w.equals("and") && betweenCapitals(tokens, j))
        continue; // "among Israelis and Palestinians"
      if (!Double.isNaN(NumberFinder.numeric(w)) || TOLL_STOPS.contains(w)) return null;
    }
    return null;
  }

  /**
   * A cue after the number, before a new clause starts: "20 Palestinians, including children, were
   * killed". An aside between commas or dashes is stepped over ("15,000 people, many of them women
   * and children, have been killed"), and so are the other numbers of a list or range ("16 Israeli
   * and five Thai hostages", "30,000 to 40,000 fighters", "eight of the 33 are dead"). A group noun
   * (hostages, prisoners) gives way to a death or injury further on ("132 prisoners ... burned to death").
   */
  private static FigureKind cueAfter(List<Token> tokens, NumberMention m) {
    int last = m.last();
    boolean whole = partitiveWhole(tokens, m);
    FigureKind status = null;
    int seen = 0;
    int listed = -2;
    for (int j = last + 1; j < tokens.size() && seen < WINDOW; j++, seen++) {
      Token t = tokens.get(j);
      String w = cueForm(t.lower());
      if (j == last + 1 && NOT_VICTIMS.contains(w)) return null;
      if (whole && seen >= 1) return status;
      int aside = asideEnd(tokens, j, last);
      if (aside > j) {
        j = aside;
        continue;
      }
      // a name of several capitalized words ("the U.N. Relief and Works Agency") is one step
      if (j > last + 1 && t.isCapitalized() && continuesName(tokens, j)) seen--;
      if (isNumberToken(t)) {
        if (listNumber(tokens, j)) {
          seen--; // the other numbers of a list do not use up the window
          listed = j;
          continue;
        }
        return status;
      }
      if (QUALIFIER_WORDS.contains(w) && numberFollows(tokens, j)) {
        seen--;
        continue;
      }
      if (FigureCues.stopsAfter(w)) {
        if ((w.equals("and") || w.equals("or")) && numberFollows(tokens, j + 1)) continue;
        if ((w.equals("and") || w.equals("or")) && joinedPeople(tokens, j + 1)) continue;
        // "Israel and Gaza", "Relief and Works Agency": an "and" inside a name or a pair of names
        if (w.equals("and") && betweenCapitals(tokens, j)) {
          seen--;
          continue;
        }
        // "were shot and killed"
        if (w.equals("and") && violenceThenCasualty(tokens, j)) continue;
        // "680 people have since died": "since" as an adverb, not a clause
        if (w.equals("since")
            && j > 0
            && Set.of("have", "has", "had").contains(tokens.get(j - 1).lower())) continue;
        return status;
      }
      FigureKind k = after(tokens, j, w);
      if (k == null) continue;
      if (FigureCues.transitive(w) && objectFollows(tokens, j)) return status;
      if (status == null && FigureCues.status(k)) {
        status = k;
        continue;
      }
      if (status != null
          && !(k == FigureKind.KILLED || k == FigureKind.WOUNDED || k == FigureKind.MISSING))
        continue;
      // "25 living hostages and four dead hostages": a word right after a later number of the list
      // describes that one
      if (status != null && j == listed + 1) return status;
      return k;
    }
    return status;
  }

  /** A capitalized word right after another, or after an "and" between capitals. */
  private static boolean continuesName(List<Token> tokens, int j) {
    Token before = tokens.get(j - 1);
    return before.isCapitalized() || before.lower().equals("and") && betweenCapitals(tokens, j - 1);
  }

  /** An "and" between two capitalized words: inside a name, or joining two names. */
  private static boolean betweenCapitals(List<Token> tokens, int and) {
    return and > 0
        && and + 1 < tokens.size()
        && tokens.get(and - 1).isCapitalized()
        && tokens.get(and + 1).isCapitalized();
  }

  /** "shot and killed": an "and" between a participle of violence and a casualty verb. */
  private static boolean violenceThenCasualty(List<Token> tokens, int and) {
    if (and < 1 || and + 1 >= tokens.size()) return false;
    FigureKind k = FigureCues.after(tokens.get(and + 1).lower());
    return VIOLENCE.contains(tokens.get(and - 1).lower())
        && (k == FigureKind.KILLED || k == FigureKind.WOUNDED);
  }

  /**
   * "Foreign nationals have been killed, including at least four people from France": a number
   * right after "including" counts part of those a casualty verb before it names, when no number
   * stands between (then the number is part of that figure, {@link #subsetOfPrevious}).
   */
  private static FigureKind includedAfterCue(List<Token> tokens, NumberMention m) {
    int j = m.first() - 1;
    while (j >= 0 && QUALIFIER_WORDS.contains(tokens.get(j).lower())) j--;
    if (j < 1 || !tokens.get(j).lower().equals("including")) return null;
    for (int k = j - 1; k >= 0 && j - k <= INCLUDED_REACH; k--) {
      Token t = tokens.get(k);
      String w = cueForm(t.lower());
      FigureKind kind = FigureCues.after(w);
      if (kind == FigureKind.KILLED || kind == FigureKind.WOUNDED) return kind;
      if (isNumberToken(t) || INCLUDED_STOPS.contains(w)) return null;
    }
    return null;
  }

  /** "and girls", "and a woman": people an "and" adds to the counted group. */
  private static boolean joinedPeople(List<Token> tokens, int j) {
    if (j < tokens.size()
        && (tokens.get(j).lower().equals("a") || tokens.get(j).lower().equals("an"))) j++;
    return j < tokens.size()
        && (JOINED_PEOPLE.contains(tokens.get(j).lower())
            || ONE_PERSON.contains(tokens.get(j).lower()));
  }

  /** A number at {@code j}, maybe after qualifier words ("and at least 25 children"). */
  private static boolean numberFollows(List<Token> tokens, int j) {
    while (j < tokens.size() && QUALIFIER_WORDS.contains(tokens.get(j).lower())) j++;
    return j < tokens.size() && isNumberToken(tokens.get(j));
  }

  private static boolean isNumberToken(Token t) {
    return !Double.isNaN(NumberFinder.numeric(t.lower()));
  }

  /** The cue a word after the number gives, with the words around it where the word alone is ambiguous. */
  private static FigureKind after(List<Token> tokens, int j, String w) {
    String prev = j > 0 ? tokens.get(j - 1).lower() : "";
    String next = j + 1 < tokens.size() ? tokens.get(j + 1).lower() : "";
    switch (w) {
      case "death":
        return prev.equals("to") ? FigureKind.KILLED : null; // "burned to death"
      case "held":
        // "130 are still thought to be held", "240 people held by Hamas"; not "held talks"
        if (!(Set.of("be", "been", "being", "are", "were", "is", "was", "still").contains(prev)
            || Set.of("by", "captive", "hostage", "in").contains(next))) return null;
        return prisonContext(tokens) ? FigureKind.PRISONERS : FigureKind.HOSTAGES;
      case "bodies", "corpses":
        return recoveredBodies(tokens) ? null : FigureKind.KILLED;
      case "home", "homes":
        return prev.equals("no")
            ? FigureKind.DISPLACED
            : null; // "half a million people have no home to return to"
      case "forced":
        return next.equals("from") || next.equals("out") ? FigureKind.DISPLACED : null;
      case "shelter", "refuge":
        return Set.of(
                    "sought",
                    "seeking",
                    "seek",
                    "taken",
                    "taking",
                    "took",
                    "find",
                    "found",
                    "finding",
                    "sheltering")
                .contains(prev)
            ? FigureKind.DISPLACED
            : null;
      default:
        if (FigureCues.release(w)) return releasedKind(tokens, j);
        return FigureCues.after(w);
    }
  }

  /**
   * Bodies recovered, exhumed or found in graves are deaths counted when they happened, not a new
   * toll; bodies found at the scene of an attack are its dead.
   */
  private static boolean recoveredBodies(List<Token> tokens) {
    for (Token t : tokens) if (RECOVERY_WORDS.contains(t.lower())) return true;
    return false;
  }

  /** Whether the sentence is about prison or detention: then "held" counts prisoners, not hostages. */
  private static boolean prisonContext(List<Token> tokens) {
    for (Token t : tokens) if (PRISON_WORDS.contains(t.lower())) return true;
    return false;
  }

  /** "16 Israeli hostages released" are hostages; "642 Palestinian prisoners released" prisoners; who is freed decides. */
  private static FigureKind releasedKind(List<Token> tokens, int verb) {
    for (int j = verb - 1; j >= 0 && verb - j <= 8; j--) {
      String w = cueForm(tokens.get(j).lower());
      FigureKind k = FigureCues.after(w);
      if (k == FigureKind.HOSTAGES || k == FigureKind.PRISONERS) return k;
      if (w.startsWith("israeli") || w.equals("thai")) return FigureKind.HOSTAGES;
      if (w.startsWith("palestinian") || w.equals("jails") || w.equals("prisons"))
        return FigureKind.PRISONERS;
      if (!Double.isNaN(NumberFinder.numeric(w))) break;
    }
    return null;
  }

  /**
   * Where an aside starting at {@code j} ends: a comma followed by an aside opener up to the next
   * comma, or a dash or bracket up to its partner; {@code j} itself when no aside starts there.
   */
  private static int asideEnd(List<Token> tokens, int j, int last) {
    String w = tokens.get(j).lower();
    String close;
    if (w.equals(",")
        && j + 1 < tokens.size()
        && ASIDE_OPENERS.contains(tokens.get(j + 1).lower())) close = ",";
    else if (w.equals("–") || w.equals("—") || (w.equals("-") && j > last + 1)) close = w;
    else if (w.equals("(")) close = ")";
    else return j;
    boolean dash = DASHES.contains(close);
    // "3,750 Palestinians -- mostly women and children -- have been killed": two hyphens are a dash
    boolean doubled =
        w.equals("-") && j + 1 < tokens.size() && tokens.get(j + 1).lower().equals("-");
    for (int k = doubled ? j + 2 : j + 1; k < tokens.size() && k - j <= ASIDE_MAX; k++) {
      String c = tokens.get(k).lower();
      if (c.equals(close) || dash && DASHES.contains(c)) {
        return doubled && k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("-")
            ? k + 1
            : k;
      }
      if (c.equals(";") || c.equals(":")) return j;
    }
    return j;
  }

  /** A number in a list or range after the first ("and five Thai", "to 40,000", "of the 33"): the search goes on past it. */
  private static boolean listNumber(List<Token> tokens, int j) {
    int p = j - 1;
    while (p > 0
        && QUALIFIER_WORDS.contains(tokens.get(p).lower())
        && !tokens.get(p).lower().equals("to")) p--;
    j = p + 1;
    String prev = j > 0 ? tokens.get(j - 1).lower() : "";
    String prev2 = j > 1 ? tokens.get(j - 2).lower() : "";
    // "to" only in a range ("30,000 to 40,000"), not "in addition to 25,956 injuries"
    boolean range = prev.equals("to") && j > 1 && isNumberToken(tokens.get(j - 2));
    return prev.equals("and")
        || prev.equals("or")
        || range
        || prev.equals("of")
        || prev.equals("among")
        || (prev.equals("the") && prev2.equals("of"));
  }

  /** "eight of the 33 are dead": the whole after "of the" takes only a noun right after it, the verb belongs to the part. */
  private static boolean partitiveWhole(List<Token> tokens, NumberMention m) {
    int j = m.first() - 1;
    if (j >= 0 && (tokens.get(j).lower().equals("the") || tokens.get(j).lower().equals("these")))
      j--;
    if (j < 1 || !tokens.get(j).lower().equals("of")) return false;
    return isNumberToken(tokens.get(j - 1));
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

  /**
   * A duration in a sentence about a truce that is the length of a phase ("the six-week-long first
   * phase") or of what lasts ("which lasts for 42 days", "the 42 days since 19 January").
   */
  private static boolean truceSentence(List<Token> tokens, NumberMention m) {
    boolean lasting =
        m.first() > 0 && LASTING.contains(tokens.get(m.first() - 1).lower())
            || m.last() + 1 < tokens.size() && tokens.get(m.last() + 1).lower().equals("since");
    boolean phase = false;
    for (int j = m.last() + 1; j < tokens.size() && j - m.last() <= 3 && !phase; j++) {
      String w = tokens.get(j).lower();
      if (w.equals("phase") || w.equals("stage")) phase = true;
      else if (!PHASE_WORDS.contains(w)) break;
    }
    if (!lasting && !phase) return false;
    for (Token t : tokens) if (FigureCues.durationCue(t.lower())) return true;
    return false;
  }

  /** Up to two words naming who is counted, right after the number ("Israeli soldiers"). */
  private static String subject(List<Token> tokens, int last) {
    StringBuilder b = new StringBuilder();
    for (int j = last + 1; j < tokens.size() && j - last <= 2; j++) {
      Token t = tokens.get(j);
      String w = cueForm(t.lower());
      if (!t.isWord() || SUBJECT_STOP.contains(w) || FigureCues.glue(w) || FigureCues.stopsAfter(w))
        break;
      if (FigureCues.after(w) != null
          && !w.equals("hostages")
          && !w.equals("prisoners")
          && !w.equals("captives")
          && !w.equals("detainees")) break;
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
