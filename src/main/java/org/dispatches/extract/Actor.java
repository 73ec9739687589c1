package org.dispatches.extract;

import java.util.List;

/**
 * A gazetteer entry: the canonical name, its type, every alias and transliteration, and where the
 * aliases come from ("ACLED actor names", "UN member-state list", "common press spellings").
 */
public record Actor(String name, String type, List<String> aliases, String source) {
  public Actor {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /** An entry without a stated source. */
  public Actor(String name, String type, List<String> aliases) {
    this(name, type, aliases, null);
  }
}
