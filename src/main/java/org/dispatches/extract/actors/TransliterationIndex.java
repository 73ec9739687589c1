package org.dispatches.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the actor whose name a spelling variant stands for. Names are bucketed by token count and
 * the first letter of their last token's skeleton, so a lookup checks a handful of candidates with
 * {@link NameMatcher}; a variant that fits two different actors resolves to none.
 */
final class TransliterationIndex {
  /** Single-token names shorter than this are too ambiguous to match by sound. */
  private static final int MIN_SINGLE_LENGTH = 6;

  private final Map<Long, List<Entry>> buckets = new HashMap<>();

  /**
   * The distinct first tokens of the names, by {@link #start}, and the same for their last tokens:
   * a token that matches none of them starts (or ends) no variant, which most capitalized words of a
   * text do not, though their start is one that some name has.
   */
  private final Map<Integer, TokenSet> firstTokens = new HashMap<>();

  private final Map<Integer, TokenSet> lastTokens = new HashMap<>();

  private final NameMatcher matcher = new NameMatcher();

  private record Entry(List<NameForm> forms, Actor actor) {}

  void add(String alias, Actor actor) {
    if (!isLatin(alias)) return;
    add(NameKey.tokens(alias), actor);
    List<String> compound = NameKey.compoundTokens(alias);
    if (compound != null) add(compound, actor);
  }

  private void add(List<String> tokens, Actor actor) {
    if (!eligible(tokens)) return;
    List<NameForm> forms = tokens.stream().map(NameForm::new).toList();
    buckets.computeIfAbsent(bucket(tokens), k -> new ArrayList<>()).add(new Entry(forms, actor));
    NameForm first = forms.get(0), last = forms.get(forms.size() - 1);
    firstTokens.computeIfAbsent(start(first), k -> new TokenSet()).add(first);
    lastTokens.computeIfAbsent(start(last), k -> new TokenSet()).add(last);
  }

  /**
   * The actor a free name stands for: its tokens as written, then with Arabic compounds joined
   * ("Abdülfettah es-Sisi"), then with "c" read as French "s" ("Kacem") or Turkish "j" ("Macid").
   */
  Optional<Actor> find(String name) {
    if (!isLatin(name)) return Optional.empty();
    Optional<Actor> a = findShapes(name);
    if (a.isPresent() || name.indexOf('c') < 0 && name.indexOf('C') < 0) return a;
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    a = findShapes(lower.replace("ck", "k").replace('c', 's'));
    return a.isPresent() ? a : findShapes(lower.replace("ck", "k").replace('c', 'j'));
  }

  private Optional<Actor> findShapes(String name) {
    Optional<Actor> a = find(NameKey.tokens(name).stream().map(NameForm::new).toList());
    if (a.isPresent()) return a;
    List<String> compound = NameKey.compoundTokens(name);
    return compound == null ? a : find(compound.stream().map(NameForm::new).toList());
  }

  /** The actor the folded forms of a Latin-script name resolve to. */
  Optional<Actor> find(List<NameForm> forms) {
    if (forms.isEmpty() || (forms.size() == 1 && forms.get(0).folded.length() < MIN_SINGLE_LENGTH))
      return Optional.empty();
    List<Entry> candidates =
        buckets.get(bucket(forms.size(), forms.get(0), forms.get(forms.size() - 1)));
    if (candidates == null) return Optional.empty();
    Actor found = null;
    for (Entry e : candidates) {
      if (!matcher.matches(forms, e.forms())) continue;
      if (found != null && !found.equals(e.actor())) return Optional.empty();
      found = e.actor();
    }
    return Optional.ofNullable(found);
  }

  /** False when {@link #find(List)} surely finds nothing for forms of this size, first and last token. */
  boolean mayMatch(int size, NameForm first, NameForm last) {
    if (size == 1 && first.folded.length() < MIN_SINGLE_LENGTH) return false;
    return buckets.containsKey(bucket(size, first, last));
  }

  /**
   * False when no name's first token matches {@code token}: {@link #find(List)} then finds nothing
   * for forms starting with it. Tokens of different starts never match, so only the first tokens
   * of its start are compared.
   */
  boolean mayStartWith(NameForm token) {
    return anyMatches(firstTokens.get(start(token)), token);
  }

  /** False when no name's last token matches {@code token}: {@link #find(List)} then finds nothing for forms ending with it. */
  boolean mayEndWith(NameForm token) {
    return anyMatches(lastTokens.get(start(token)), token);
  }

  private boolean anyMatches(TokenSet tokens, NameForm token) {
    return tokens != null && tokens.anyMatches(token, matcher);
  }

  /**
   * Distinct name tokens, with what rules most comparisons out ({@link NameMatcher#mayMatch}) kept
   * in arrays side by side: a word is compared with every token of its start, a hundred or more.
   */
  private static final class TokenSet {
    private final java.util.Set<String> folded = new java.util.HashSet<>();
    private NameForm[] forms = new NameForm[8];
    private int[] skeletons = new int[8];
    private long[] letters = new long[8];
    private int[] lengths = new int[8];
    private int size;

    void add(NameForm form) {
      if (!folded.add(form.folded)) return;
      if (size == forms.length) {
        forms = java.util.Arrays.copyOf(forms, 2 * size);
        skeletons = java.util.Arrays.copyOf(skeletons, 2 * size);
        letters = java.util.Arrays.copyOf(letters, 2 * size);
        lengths = java.util.Arrays.copyOf(lengths, 2 * size);
      }
      forms[size] = form;
      skeletons[size] = form.skeleton.hashCode();
      letters[size] = form.letters;
      lengths[size] = form.folded.length();
      size++;
    }

    boolean anyMatches(NameForm token, NameMatcher matcher) {
      int skeleton = token.skeleton.hashCode();
      int length = token.folded.length();
      for (int k = 0; k < size; k++) {
        if (NameMatcher.mayMatch(
                skeleton, token.letters, length, skeletons[k], letters[k], lengths[k])
            && matcher.tokensMatch(token, forms[k])) return true;
      }
      return false;
    }
  }

  private static boolean eligible(List<String> tokens) {
    if (tokens.isEmpty()) return false;
    return tokens.size() > 1 || tokens.get(0).length() >= MIN_SINGLE_LENGTH;
  }

  private static long bucket(List<String> tokens) {
    return bucket(
        tokens.size(), new NameForm(tokens.get(0)), new NameForm(tokens.get(tokens.size() - 1)));
  }

  /**
   * Names are compared only with names of as many tokens whose first and last tokens start alike:
   * {@link NameMatcher} never matches a vowel-initial token with a consonant-initial one, nor tokens
   * whose consonant skeletons start differently (or of which only one has consonants).
   */
  private static long bucket(int size, NameForm first, NameForm last) {
    return ((long) size << 40) | ((long) start(first) << 20) | start(last);
  }

  private static int start(NameForm token) {
    return token.start;
  }

  static boolean isLatin(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80
          && Character.isLetter(c)
          && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) return false;
    }
    return true;
  }
}
