package org.dispatches.extract.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dispatches.extract.text.NameNormalizer;
import org.dispatches.extract.text.NameToken;

/**
 * Finds actors in a text: gazetteer aliases (longest match first; short capitals only as written;
 * plurals and possessives folded, "Israelis", "Netanyahu's"), transliteration variants of known
 * names ("Hazim Kasım"), later surname-only mentions of a person already named, and names the text
 * presents as actors ("spokesperson X") that the gazetteer lacks, as unverified.
 */
public final class ActorExtractor {
  private final Gazetteer gazetteer;
  private final PersonNameFinder people;
  /** Shared by the texts this extractor reads, on any thread. */
  private final WordForms forms;

  public ActorExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.people = new PersonNameFinder(gazetteer);
    this.forms = new WordForms(gazetteer);
  }

  /** The actors of {@code text} with mention counts, in order of first mention. */
  public List<ActorMention> extract(String text) {
    return extract(text, NameToken.tokenize(text == null ? "" : text));
  }

  /** The same for a text already split into name tokens (shared with other extractors). */
  public List<ActorMention> extract(String text, List<NameToken> tokens) {
    Map<Actor, Integer> counts = new LinkedHashMap<>();
    java.util.Set<Actor> fullyNamed = new java.util.HashSet<>();
    boolean[] used = new boolean[tokens.size()];
    // the forms of each token's word, looked up once per text: the variant scan asks for a word
    // at each of the up to three places it starts at, and the surname count asks again
    WordForms.Word[] words = new WordForms.Word[tokens.size()];
    for (int i = 0; i < tokens.size(); ) {
      int n = matchAt(tokens, i, counts, fullyNamed, words);
      if (n > 0) java.util.Arrays.fill(used, i, i + n, true);
      i += Math.max(n, 1);
    }
    countSurnames(tokens, used, counts, words);
    Map<String, Integer> unverified = people.find(text);
    dropSurnamesOfOthers(unverified.keySet(), counts, fullyNamed);
    // "Ms Suminwa Tuluka" after "Judith Suminwa Tuluka": the known person again, not another
    unverified
        .keySet()
        .removeIf(n -> counts.keySet().stream()
            .anyMatch(a -> "person".equals(a.type()) && a.name().endsWith(" " + n)));
    List<ActorMention> out = new ArrayList<>();
    counts.forEach((a, c) -> {
      // places are known so that they are read as neither people nor actors; they are not reported
      if (!Gazetteer.PLACE.equals(a.type())) out.add(new ActorMention(a.name(), a.type(), c, true));
    });
    unverified.forEach((n, c) -> out.add(new ActorMention(n, "person", c, false)));
    return out;
  }

  /**
   * A known person the text names only by a surname it also gives another first name ("Michael
   * Herzog, the ambassador ... Herzog said") is that other person, not the known one (Isaac Herzog).
   */
  private void dropSurnamesOfOthers(
      java.util.Set<String> others, Map<Actor, Integer> counts, java.util.Set<Actor> fullyNamed) {
    if (others.isEmpty()) return;
    java.util.Set<String> surnames = new java.util.HashSet<>();
    for (String name : others) {
      List<String> key = NameKey.tokens(name);
      if (key.size() > 1) surnames.add(key.get(key.size() - 1));
    }
    counts.keySet().removeIf(a -> {
      if (fullyNamed.contains(a)) return false;
      NameForm surname = gazetteer.surname(a);
      return surname != null && surnames.contains(surname.folded);
    });
  }

  /** Tokens consumed by an actor mention at {@code i}, or 0. */
  private int matchAt(
      List<NameToken> tokens,
      int i,
      Map<Actor, Integer> counts,
      java.util.Set<Actor> fullyNamed,
      WordForms.Word[] words) {
    int best = 0;
    Actor bestActor = null;
    NameToken at = tokens.get(i);
    String k = at.norm();
    // a word in lower case starts only the few aliases that may ("the United Nations"); fuzzy
    // matches need a capital
    if (!at.capitalized()
        && startsWithLowerCaseLetter(at.original())
        && !gazetteer.mayStartInLowerCase(k)) return 0;
    ScanKeys.ScanKey key = gazetteer.scanKey(k);
    for (int n = 1; key != null; n++) {
      Actor a = accepted(key.alias(), tokens, i, n);
      if (a != null) {
        best = n;
        bestActor = a;
      }
      if (!key.prefix() || i + n == tokens.size()) break;
      key = key.next(tokens.get(i + n).norm());
    }
    if (bestActor == null) return fuzzyAt(tokens, i, counts, fullyNamed, words);
    if (insideAnotherName(tokens, i, best, bestActor)) return best;
    counts.merge(bestActor, 1, Integer::sum);
    if (best > 1) fullyNamed.add(bestActor);
    return best;
  }

  /** Capitalized words that open the name of another organization around a known one ("World Likud", "Friends of ..."). */
  private static final java.util.Set<String> ORGANIZATION_OPENERS = java.util.Set.of(
      "world",
      "international",
      "global",
      "friends",
      "young",
      "youth",
      "women",
      "students",
      "american",
      "british",
      "european",
      "canadian",
      "australian");

  /**
   * Whether a match is a piece of a longer proper name the gazetteer does not hold: part of a
   * hyphenated compound that a capitalized word continues ("Turkish-Palestinian Friendship
   * hospital" names no state), or an organization after a word that opens another's name ("World Likud").
   */
  private static boolean insideAnotherName(List<NameToken> tokens, int i, int n, Actor actor) {
    String first = tokens.get(i).original();
    String last = tokens.get(i + n - 1).original();
    boolean before = i > 0 && tokens.get(i - 1).original().equals(first) && first.indexOf('-') > 0;
    int after = i + n;
    while (after < tokens.size()
        && tokens.get(after).original().equals(last)
        && last.indexOf('-') > 0) after++;
    if ((before || after > i + n) && after < tokens.size() && tokens.get(after).capitalized()) {
      // the compound goes on as a proper name ("Friendship"), not as a common noun ("conflict",
      // "run")
      return true;
    }
    String type = actor.type();
    boolean organization =
        !"person".equals(type) && !"state".equals(type) && !Gazetteer.PLACE.equals(type);
    return organization
        && i > 0
        && tokens.get(i - 1).capitalized()
        && ORGANIZATION_OPENERS.contains(tokens.get(i - 1).norm());
  }

  /** A transliteration variant of a known name in capitalized words at {@code i}. */
  private int fuzzyAt(
      List<NameToken> tokens,
      int i,
      Map<Actor, Integer> counts,
      java.util.Set<Actor> fullyNamed,
      WordForms.Word[] wordAt) {
    if (!tokens.get(i).capitalized() || shouted(tokens.get(i).original())) return 0;
    // a capitalized run of n tokens is one of n - 1 too: find the longest, split it into words once
    int longest = Math.min(3, tokens.size() - i);
    while (longest > 1 && !allCapitalized(tokens, i, longest)) longest--;
    if (longest == 1) return 0;
    // every name tried below starts with the first word's first form: when no known name starts
    // like it, none is tried, and the other words need no forms
    WordForms.Word firstWord = word(tokens, wordAt, i);
    if (!firstWord.mayStartVariant()) return 0;
    List<WordForms.Word> words = new ArrayList<>(longest);
    int[] firstToken = new int[longest];
    String last = null;
    for (int j = i; j < i + longest; j++) {
      String o = tokens.get(j).original();
      // a word split at dashes yields several tokens with one original: one word, as
      // NameToken.original joins them
      if (o.equals(last)) continue;
      last = o;
      firstToken[words.size()] = j;
      words.add(word(tokens, wordAt, j));
    }
    for (int n = longest; n >= 1; n--) {
      if (n == 1) continue;
      int k = 0;
      while (k < words.size() && firstToken[k] < i + n) k++;
      List<WordForms.Word> name = words.subList(0, k);
      if (!allLatin(name) || !mayBeVariant(name)) continue;
      Optional<Actor> a = gazetteer.variant(concat(name));
      if (a.isPresent()) {
        counts.merge(a.get(), 1, Integer::sum);
        if (n > 1) fullyNamed.add(a.get());
        return n;
      }
    }
    return 0;
  }

  /** The forms of the word of token {@code j}, looked up on first use in this text. */
  private WordForms.Word word(List<NameToken> tokens, WordForms.Word[] wordAt, int j) {
    WordForms.Word w = wordAt[j];
    if (w == null) wordAt[j] = w = forms.of(tokens.get(j).original());
    return w;
  }

  private static boolean startsWithLowerCaseLetter(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
  }

  /** A word in capitals ("HAIYUN"): photo credits and bylines, whose names are no variant of anyone's. */
  private static boolean shouted(String word) {
    int upper = 0;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.isLowerCase(c)) return false;
      if (Character.isUpperCase(c)) upper++;
    }
    return upper > 1;
  }

  private static boolean allLatin(List<WordForms.Word> words) {
    for (WordForms.Word w : words) if (!w.latin()) return false;
    return true;
  }

  /**
   * Cheap tests that spare the lookup: some known name has as many tokens starting alike, and some
   * ends with a token that matches the last word's.
   */
  private boolean mayBeVariant(List<WordForms.Word> words) {
    int size = 0;
    NameForm first = null, last = null;
    WordForms.Word lastWord = null;
    for (WordForms.Word w : words) {
      for (NameForm f : w.forms()) {
        if (first == null) first = f;
        last = f;
        lastWord = w;
        size++;
      }
    }
    // the last word's answer is remembered with its forms; the bucket test boxes a key and hashes
    // it
    return size > 0 && lastWord.mayEndVariant() && gazetteer.mayBeVariant(size, first, last);
  }

  private static List<NameForm> concat(List<WordForms.Word> words) {
    if (words.size() == 1) return words.get(0).forms();
    List<NameForm> out = new ArrayList<>();
    for (WordForms.Word w : words) out.addAll(w.forms());
    return out;
  }

  /** The actor of an alias (or of the singular of a plural, "Qataris") when the text's case fits it. */
  private static Actor accepted(Alias alias, List<NameToken> tokens, int i, int n) {
    if (alias == null || !alias.acceptsInText(tokens, i, n)) return null;
    return alias.actor();
  }

  private static boolean allCapitalized(List<NameToken> tokens, int i, int n) {
    for (int j = i; j < i + n; j++) if (!tokens.get(j).capitalized()) return false;
    return true;
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) if (v == value) return true;
    return false;
  }

  /** "Kasım said": a lone surname of a person the text already named counts for that person. */
  private void countSurnames(
      List<NameToken> tokens, boolean[] used, Map<Actor, Integer> counts, WordForms.Word[] wordAt) {
    Map<String, Actor> byFolded = new LinkedHashMap<>();
    for (Actor a : counts.keySet()) {
      NameForm surname = gazetteer.surname(a);
      if (surname != null) byFolded.put(surname.folded, a);
    }
    if (byFolded.isEmpty()) return;
    Map<NameForm, Actor> surnames = new LinkedHashMap<>();
    byFolded.forEach((folded, a) -> surnames.put(gazetteer.surname(a), a));
    // a word that starts unlike every surname matches none (NameMatcher.tokensMatch)
    int[] starts = surnames.keySet().stream().mapToInt(f -> f.start).toArray();
    NameMatcher matcher = new NameMatcher();
    for (int i = 0; i < tokens.size(); i++) {
      if (used[i] || !tokens.get(i).capitalized()) continue;
      String word = tokens.get(i).original();
      // folding never lengthens printable ASCII: "The", "He", "US" need no forms to fall short
      if (word.length() < 4 && NameNormalizer.isPrintableAscii(word)) continue;
      WordForms.Word w = word(tokens, wordAt, i);
      if (!contains(starts, w.surnameStart)) continue;
      List<NameForm> t = w.forms();
      if (t.size() != 1 || t.get(0).folded.length() < 4) continue;
      for (Map.Entry<NameForm, Actor> e : surnames.entrySet()) {
        if (matcher.tokensMatch(t.get(0), e.getKey())) {
          counts.merge(e.getValue(), 1, Integer::sum);
          break;
        }
      }
    }
  }
}
