package org.dispatches.extract;

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
  private final Map<String, List<Entry>> buckets = new HashMap<>();
  private final NameMatcher matcher = new NameMatcher();

  private record Entry(List<NameForm> forms, Actor actor) {}

  void add(String alias, Actor actor) {
    List<String> tokens = NameKey.tokens(alias);
    if (!eligible(tokens) || !isLatin(alias)) return;
    List<NameForm> forms = tokens.stream().map(t -> new NameForm(t).withCodes()).toList();
    buckets.computeIfAbsent(bucket(tokens), k -> new ArrayList<>()).add(new Entry(forms, actor));
  }

  Optional<Actor> find(String name) {
    if (!isLatin(name)) return Optional.empty();
    List<String> tokens = NameKey.tokens(name);
    if (!eligible(tokens)) return Optional.empty();
    List<Entry> candidates = buckets.get(bucket(tokens));
    if (candidates == null) return Optional.empty();
    List<NameForm> forms = tokens.stream().map(NameForm::new).toList();
    Actor found = null;
    for (Entry e : candidates) {
      if (!matcher.matches(forms, e.forms())) continue;
      if (found != null && !found.equals(e.actor())) return Optional.empty();
      found = e.actor();
    }
    return Optional.ofNullable(found);
  }

  private static boolean eligible(List<String> tokens) {
    if (tokens.isEmpty()) return false;
    return tokens.size() > 1 || tokens.get(0).length() >= MIN_SINGLE_LENGTH;
  }

  private static String bucket(List<String> tokens) {
    String last = tokens.get(tokens.size() - 1);
    String sk = NameKey.skeleton(last);
    char first = NameKey.isVowel(last.charAt(0)) ? '_' : sk.isEmpty() ? '_' : sk.charAt(0);
    return tokens.size() + ":" + first;
  }

  private static boolean isLatin(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i)) && Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.LATIN) return false;
    }
    return true;
  }
}
