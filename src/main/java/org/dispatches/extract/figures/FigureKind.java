package org.dispatches.extract.figures;

import java.util.Locale;

/**
 * The kinds of figure Dispatches extracts. Each kind's name is also its query field
 * ({@code killed:>30000}), so names are single lower-case words.
 */
public enum FigureKind {
  KILLED,
  WOUNDED,
  HOSTAGES,
  PRISONERS,
  DISPLACED,
  MISSING,
  AID_TRUCKS,
  TRUCE_DAYS;

  /** The name used in the index, the API and queries: "killed", "aid_trucks". */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind with this id, or null. */
  public static FigureKind fromId(String id) {
    for (FigureKind k : values()) if (k.id().equalsIgnoreCase(id)) return k;
    return null;
  }
}
