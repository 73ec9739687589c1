package org.dispatches.cli;

import java.nio.file.Path;

/**
 * Default locations: relative to the installation ({@code DISPATCHES_HOME}, set by the wrapper),
 * so that {@code ./dispatches serve} finds corpus/, index/ and web/ from any working directory.
 */
final class Locations {
  private Locations() {}

  static Path home() {
    String home = System.getenv("DISPATCHES_HOME");
    return home == null || home.isBlank() ? Path.of("") : Path.of(home);
  }

  static Path defaultIndex() {
    return home().resolve("index");
  }

  static Path defaultCorpus() {
    return home().resolve("corpus");
  }

  /** The real corpora beside the project (../shared/data), unless DISPATCHES_SHARED_DATA names another folder. */
  static Path defaultSharedData() {
    String override = System.getenv("DISPATCHES_SHARED_DATA");
    return override != null && !override.isBlank()
        ? Path.of(override)
        : home().resolve("..").resolve("shared").resolve("data");
  }

  static Path defaultWeb() {
    return home().resolve("web");
  }
}
