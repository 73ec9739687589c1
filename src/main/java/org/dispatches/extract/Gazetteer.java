package org.dispatches.extract;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The known actors, looked up by any alias in normalized form. Loaded from the editable
 * {@code actors.json} resource: a list of {@code {"name", "type", "aliases": [...]}}.
 */
public final class Gazetteer {
  private final List<Actor> actors;
  private final Map<String, Actor> byAlias = new HashMap<>();
  private final int longestAliasTokens;

  public Gazetteer(List<Actor> actors) {
    this.actors = List.copyOf(actors);
    int longest = 1;
    for (Actor a : actors) {
      for (String alias : allNames(a)) {
        String key = NameNormalizer.normalize(alias);
        if (key.isEmpty()) continue;
        byAlias.putIfAbsent(key, a);
        longest = Math.max(longest, key.split(" ").length);
      }
    }
    this.longestAliasTokens = longest;
  }

  public static Gazetteer loadDefault() {
    try (InputStream in = Gazetteer.class.getResourceAsStream("/actors.json")) {
      if (in == null) throw new IllegalStateException("actors.json is missing from the jar");
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Gazetteer parse(Reader json) {
    List<Actor> list = new Gson().fromJson(json, new TypeToken<List<Actor>>() {}.getType());
    return new Gazetteer(list == null ? List.of() : list);
  }

  /** The actor whose canonical name or alias is {@code name} (in any case or diacritics). */
  public Optional<Actor> find(String name) {
    return Optional.ofNullable(byAlias.get(NameNormalizer.normalize(name)));
  }

  public List<Actor> actors() {
    return actors;
  }

  /** The most tokens any alias has: how far a text scan must look ahead. */
  public int longestAliasTokens() {
    return longestAliasTokens;
  }

  private static List<String> allNames(Actor a) {
    List<String> names = new ArrayList<>(a.aliases());
    names.add(0, a.name());
    return names;
  }
}
