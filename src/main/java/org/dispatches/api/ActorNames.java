package org.dispatches.api;

import org.dispatches.extract.actors.Actor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.extract.outlets.OutletTable;

/**
 * Resolves a name a user types, in a query or a filter, to what the index holds: an actor to its
 * canonical name, an outlet to its key through the outlet table (the one rule the indexer, the
 * {@code outlet:} field, the {@code outlet=} filter and the OpenSearch filters share).
 */
public final class ActorNames {
  private final Gazetteer gazetteer;
  private final OutletTable outlets;

  /** Names resolved through the gazetteer given and the outlet table shipped in the jar. */
  public ActorNames(Gazetteer gazetteer) {
    this(gazetteer, OutletTable.loadDefault());
  }

  public ActorNames(Gazetteer gazetteer, OutletTable outlets) {
    this.gazetteer = gazetteer;
    this.outlets = outlets;
  }

  /** The canonical name of the actor {@code name} names (as canonical name or alias), if any. */
  public java.util.Optional<String> known(String name) {
    return gazetteer.resolveQuery(name).map(Actor::name);
  }

  /** The gazetteer the names come from. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The canonical name for {@code name} when the gazetteer knows it as a name or alias, else the name itself. */
  public String canonical(String name) {
    return gazetteer.resolveQuery(name).map(Actor::name).orElse(name.strip());
  }

  /** The key of the outlet {@code name} stands for, in any case and by any alias ("reuters", "Times of Israel"). */
  public String outletKey(String name) {
    return outlets.key(name);
  }
}
