package org.dispatches.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real corpora in ../shared/data; tests that need one skip, saying so, when it is absent. */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String override = System.getenv("DISPATCHES_SHARED_DATA");
    return override != null ? Path.of(override) : Path.of("..", "shared", "data");
  }

  /** The file under the data root, or a skipped test when it is missing. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(
        Files.exists(p),
        "skipped: " + p
            + " is absent (the real corpora live in ../shared/data beside the project)");
    return p;
  }
}
