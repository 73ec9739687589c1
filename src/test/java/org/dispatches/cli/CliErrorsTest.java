package org.dispatches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed command says what failed and what to do, and a failed index run leaves no empty index (issue 18, row 12). */
class CliErrorsTest {
  @TempDir
  Path dir;

  /** Runs the command line expecting failure; returns what it printed on stderr. */
  private static String fail(String... args) {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertEquals(1, Main.run(args), String.join(" ", args));
    } finally {
      System.setErr(old);
    }
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path corpus() throws IOException {
    Path file = dir.resolve("reports.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"a\",\"title\":\"Truce holds\",\"body\":\"The truce held a second day.\"}\n");
    return file;
  }

  @Test
  void anIndexPathThatIsAFileIsSaidSo() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    String err = fail("index", "--index", file.toString(), "--corpus", corpus().toString());
    assertTrue(err.contains("is a file, not a folder"), err);
    assertEquals("x", Files.readString(file), "the file is left as it was");
  }

  @Test
  void aMissingCorpusIsNamedAndLeavesNoEmptyIndexBehind() throws Exception {
    Path index = dir.resolve("new-index");
    String err = fail(
        "index",
        "--index",
        index.toString(),
        "--corpus",
        dir.resolve("no-such-corpus").toString());
    assertTrue(err.contains("no-such-corpus does not exist") && err.contains("--corpus"), err);
    assertFalse(Files.exists(index), "no empty index left behind");
  }

  @Test
  void permissionDeniedSaysWhatAndWhatToDo() {
    String message = CliErrors.describe(new AccessDeniedException("/srv/index/write.lock"));
    assertTrue(message.contains("cannot use /srv/index/write.lock: permission denied"), message);
    assertTrue(
        message.contains("write access to /srv/index") && message.contains("--index"), message);
    assertEquals("plain message", CliErrors.describe(new IllegalStateException("plain message")));
  }
}
