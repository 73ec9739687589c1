package org.dispatches.api;

import org.dispatches.extract.actors.Actor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.extract.outlets.OutletTable;
import org.dispatches.index.FieldSpec;

/**
 * Resolves a name a user types, in a query or a filter, to what the index holds: an actor to its
 * canonical name, an outlet to its name in the outlet table; {@link #key} then gives the term a field's
 * catalogue entry ({@code index/FieldCatalog}) says the index holds for it.
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

  /**
   * The term a value typed for {@code field} (in a query or a filter) is looked up as: the name its
   * alias stands for, then the field's own key, the very function the indexer applies to the
   * report's values; so a value finds the same reports as a query term and as a filter on either engine.
   */
  public String key(FieldSpec field, String typed) {
    String canonical = switch (field.aliases()) {
      case ACTORS -> canonical(typed);
      case OUTLETS -> outlets.canonical(typed);
      case NONE -> typed.strip();
    };
    return canonical == null ? "" : field.term(canonical);
  }
}
