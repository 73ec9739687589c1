package org.dispatches.search;

import org.dispatches.extract.Actor;
import org.dispatches.extract.Gazetteer;

/** Resolves a name a user types to the canonical actor name the index holds. */
public final class ActorNames {
  private final Gazetteer gazetteer;

  public ActorNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The canonical name of the actor {@code name} names (as canonical name or alias), if any. */
  public java.util.Optional<String> known(String name) {
    return gazetteer.resolveQuery(name).map(Actor::name);
  }

  /** The gazetteer the names come from. */
  Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The canonical name for {@code name} when the gazetteer knows it as a name or alias, else the name itself. */
  public String canonical(String name) {
    return gazetteer.resolveQuery(name).map(Actor::name).orElse(name.strip());
  }
}
