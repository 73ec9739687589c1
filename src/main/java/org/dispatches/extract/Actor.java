package org.dispatches.extract;

import java.util.List;

/** A gazetteer entry: the canonical name, its type and every alias and transliteration. */
public record Actor(String name, String type, List<String> aliases) {
  public Actor {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
