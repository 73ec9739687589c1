package org.dispatches.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dispatches.extract.actors.Actor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.extract.text.NameNormalizer;

/**
 * The actors a single family name stands for: {@code actor:Kasım} names Hazem Qassem, whose alias
 * "Hazim Kasım" ends so, though the gazetteer lists no one-word alias. A name several actors share
 * stands for all of them.
 */
final class ActorSurnames {
  /** Shorter last words ("al", "bin") are particles, not names. */
  private static final int MIN_LENGTH = 4;

  private final Map<String, List<String>> byLastWord;

  ActorSurnames(Gazetteer gazetteer) {
    Map<String, Set<String>> map = new HashMap<>();
    for (Actor a : gazetteer.actors()) {
      if (!"person".equalsIgnoreCase(a.type())) continue;
      List<String> names = new ArrayList<>(a.aliases());
      names.add(a.name());
      for (String n : names) {
        String[] words = NameNormalizer.normalize(n).split(" ");
        if (words.length < 2 || words[words.length - 1].length() < MIN_LENGTH) continue;
        map.computeIfAbsent(words[words.length - 1], k -> new LinkedHashSet<>()).add(a.name());
      }
    }
    Map<String, List<String>> frozen = new HashMap<>();
    map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.byLastWord = Map.copyOf(frozen);
  }

  /** The canonical names of the people whose name ends with {@code word}; empty when none. */
  List<String> actors(String word) {
    return byLastWord.getOrDefault(NameNormalizer.normalize(word), List.of());
  }
}
