package org.dispatches.extract.actors;

import java.util.List;

/**
 * A gazetteer entry: the canonical name, its type, every alias and transliteration, and where the
 * aliases come from ("ACLED actor names", "UN member-state list", "common press spellings").
 */
public record Actor(String name, String type, List<String> aliases, String source) {
  public Actor {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /** Actors are one when their canonical name and type are: hashing every alias per mention counted cost more than the match. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Actor a && name.equals(a.name) && java.util.Objects.equals(type, a.type);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + java.util.Objects.hashCode(type);
  }

  /** An entry without a stated source. */
  public Actor(String name, String type, List<String> aliases) {
    this(name, type, aliases, null);
  }
}
