package org.dispatches.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds gazetteer actors in a text by their aliases (longest match first) and counts mentions. */
public final class ActorExtractor {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}\\u00AD]+(?:['’][\\p{L}]+)?");
  private final Gazetteer gazetteer;

  public ActorExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public List<ActorMention> extract(String text) {
    List<String> tokens = tokens(text);
    Map<Actor, Integer> counts = new LinkedHashMap<>();
    int max = gazetteer.longestAliasTokens();
    for (int i = 0; i < tokens.size(); ) {
      int matched = 0;
      for (int n = Math.min(max, tokens.size() - i); n >= 1 && matched == 0; n--) {
        String candidate = String.join(" ", tokens.subList(i, i + n));
        var actor = gazetteer.find(candidate);
        if (actor.isPresent()) {
          counts.merge(actor.get(), 1, Integer::sum);
          matched = n;
        }
      }
      i += Math.max(matched, 1);
    }
    List<ActorMention> out = new ArrayList<>();
    counts.forEach((a, c) -> out.add(new ActorMention(a.name(), a.type(), c, true)));
    return out;
  }

  /** Normalized tokens with possessives removed ("Netanyahu's" → "netanyahu"). */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      String t = NameNormalizer.normalize(m.group());
      if (t.endsWith(" s")) t = t.substring(0, t.length() - 2);
      for (String part : t.split(" ")) if (!part.isEmpty()) out.add(part);
    }
    return out;
  }
}
