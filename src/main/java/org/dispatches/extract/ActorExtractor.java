package org.dispatches.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds actors in a text: gazetteer aliases (longest match first; short capitals only as written;
 * plurals and possessives folded, "Israelis", "Netanyahu's"), transliteration variants of known
 * names ("Hazim Kasım"), later surname-only mentions of a person already named, and names the text
 * presents as actors ("spokesperson X") that the gazetteer lacks, as unverified.
 */
public final class ActorExtractor {
  private final Gazetteer gazetteer;
  private final RoleNameFinder roles = new RoleNameFinder();

  public ActorExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The actors of {@code text} with mention counts, in order of first mention. */
  public List<ActorMention> extract(String text) {
    List<NameToken> tokens = NameToken.tokenize(text == null ? "" : text);
    Map<Actor, Integer> counts = new LinkedHashMap<>();
    boolean[] used = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); ) {
      int n = matchAt(tokens, i, counts);
      if (n > 0) java.util.Arrays.fill(used, i, i + n, true);
      i += Math.max(n, 1);
    }
    countSurnames(tokens, used, counts);
    List<ActorMention> out = new ArrayList<>();
    counts.forEach((a, c) -> out.add(new ActorMention(a.name(), a.type(), c, true)));
    addUnverified(text, out);
    return out;
  }

  /** Tokens consumed by an actor mention at {@code i}, or 0. */
  private int matchAt(List<NameToken> tokens, int i, Map<Actor, Integer> counts) {
    int best = 0;
    Actor bestActor = null;
    StringBuilder key = new StringBuilder();
    for (int n = 1; i + n <= tokens.size(); n++) {
      if (n > 1) key.append(' ');
      key.append(tokens.get(i + n - 1).norm());
      String k = key.toString();
      Actor a = exact(tokens, i, n, k);
      if (a != null) {
        best = n;
        bestActor = a;
      }
      if (!gazetteer.isPrefix(k)) break;
    }
    if (bestActor == null) return fuzzyAt(tokens, i, counts);
    counts.merge(bestActor, 1, Integer::sum);
    return best;
  }

  /** A transliteration variant of a known name in capitalized words at {@code i}. */
  private int fuzzyAt(List<NameToken> tokens, int i, Map<Actor, Integer> counts) {
    if (!tokens.get(i).capitalized()) return 0;
    for (int n = Math.min(3, tokens.size() - i); n >= 1; n--) {
      if (!allCapitalized(tokens, i, n) || (n == 1 && tokens.get(i).norm().length() < 6)) continue;
      Optional<Actor> a = gazetteer.variant(NameToken.original(tokens, i, n));
      if (a.isPresent()) {
        counts.merge(a.get(), 1, Integer::sum);
        return n;
      }
    }
    return 0;
  }

  private Actor exact(List<NameToken> tokens, int i, int n, String key) {
    Alias alias = gazetteer.alias(key);
    // plurals: "Qataris", "Houthis"
    if (alias == null && key.length() > 3 && key.endsWith("s")) alias = gazetteer.alias(key.substring(0, key.length() - 1));
    if (alias == null || !alias.accepts(NameToken.original(tokens, i, n))) return null;
    return alias.actor();
  }

  private static boolean allCapitalized(List<NameToken> tokens, int i, int n) {
    for (int j = i; j < i + n; j++) if (!tokens.get(j).capitalized()) return false;
    return true;
  }

  /** "Kasım said": a lone surname of a person the text already named counts for that person. */
  private void countSurnames(List<NameToken> tokens, boolean[] used, Map<Actor, Integer> counts) {
    Map<String, Actor> surnames = new LinkedHashMap<>();
    for (Actor a : counts.keySet()) {
      if (!"person".equals(a.type())) continue;
      List<String> key = NameKey.tokens(a.name());
      if (key.size() > 1) surnames.put(key.get(key.size() - 1), a);
    }
    if (surnames.isEmpty()) return;
    NameMatcher matcher = new NameMatcher();
    for (int i = 0; i < tokens.size(); i++) {
      if (used[i] || !tokens.get(i).capitalized()) continue;
      List<String> t = NameKey.tokens(tokens.get(i).original());
      if (t.size() != 1 || t.get(0).length() < 4) continue;
      for (Map.Entry<String, Actor> e : surnames.entrySet()) {
        if (matcher.tokensMatch(t.get(0), e.getKey())) {
          counts.merge(e.getValue(), 1, Integer::sum);
          break;
        }
      }
    }
  }

  private void addUnverified(String text, List<ActorMention> out) {
    Map<String, Integer> names = new LinkedHashMap<>();
    for (String name : roles.find(text)) {
      if (gazetteer.resolve(name).isEmpty()) names.merge(name, 1, Integer::sum);
    }
    names.forEach((n, c) -> out.add(new ActorMention(n, "person", c, false)));
  }
}
