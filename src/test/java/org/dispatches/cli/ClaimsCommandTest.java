package org.dispatches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dispatches series add} and {@code dispatches claims} on a small corpus. */
class ClaimsCommandTest {
  @TempDir
  Path dir;

  /** Runs the command line; returns exit code, stdout and stderr. */
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Main.run(args);
      return new Run(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void seriesThenClaimsAsTextAndCsv() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(
        corpus.resolve("a.txt"),
        "title: Toll rises\ndate: 2024-02-29\noutlet: Reuters\n\n"
            + "The death toll in Gaza has risen to 30,035, the Gaza health ministry said.\n");
    Files.writeString(
        corpus.resolve("b.txt"),
        "title: Strike\ndate: 2024-03-01\noutlet: BBC News\n\n"
            + "An air strike on a camp killed 45 people, the Gaza health ministry said.\n");
    String index = dir.resolve("index").toString();
    assertEquals(
        0, run("index", "--index", index, "--corpus", corpus.toString()).code());
    Path csv = Files.writeString(
        dir.resolve("toll.csv"),
        "date,killed\n2024-02-28,29954\n2024-02-29,30035\n2024-03-01,30228\n");

    Run added = run("series", "add", "gaza", csv.toString(), "--index", index);
    assertEquals(0, added.code(), added.err());
    assertTrue(added.out().contains("series gaza: 3 days"), added.out());
    assertEquals(
        List.of("gaza.json"), List.of(dir.resolve("index/series").toFile().list()));

    Run text = run("claims", "--kind", "killed", "--series", "gaza", "--index", index);
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().contains("1 cumulative claims compared with gaza"), text.out());
    assertTrue(text.out().contains("1 (100.0%) within 3%"), text.out());

    Run rows = run("claims", "--kind", "killed", "--series", "gaza", "--csv", "--index", index);
    List<String> lines = rows.out().lines().toList();
    assertTrue(lines.get(0).startsWith("date,outlet,kind,value"));
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.startsWith("2024-02-29,Reuters,killed,30035,")
                && l.contains(",true,2024-02-29,30035,1.0000,true,")),
        rows.out());
    // the outlet as the index resolves it ("BBC News" may become "BBC"): only the date and the
    // figure are checked
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.startsWith("2024-03-01,")
                && l.contains(",killed,45,")
                && l.contains(",false,,,,")),
        rows.out());
  }

  @Test
  void badSeriesFilesAndNamesAreClearErrors() throws Exception {
    Path json = Files.writeString(
        dir.resolve("s.json"), "[{\"report_date\": \"2024-01-01\", \"killed_cum\": 10}]");
    Run noColumn = run("series", "add", "gaza", json.toString(), "--index", dir.toString());
    assertEquals(1, noColumn.code());
    assertTrue(noColumn.err().contains("--column"), noColumn.err());
    Run badName = run(
        "series",
        "add",
        "../x",
        json.toString(),
        "--column",
        "killed_cum",
        "--index",
        dir.toString());
    assertEquals(1, badName.code());
    assertTrue(badName.err().contains("series name"), badName.err());
    Run unknown =
        run("claims", "--series", "nope", "--index", dir.resolve("index").toString());
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("no series \"nope\""), unknown.err());
  }
}
