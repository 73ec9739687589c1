package org.dispatches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  @TempDir
  Path dir;

  private String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run(args), String.join(" ", args));
    } finally {
      System.setOut(old);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void indexThenSearchThenReindexReplacesById() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(
        corpus.resolve("a.txt"),
        "title: Ceasefire talks\noutlet: Reuters\ndate: 2024-04-08\n\nDelegates met in Cairo.");
    Files.writeString(
        corpus.resolve("b.jsonl"),
        "{\"id\":\"b1\",\"title\":\"Truce\",\"body\":\"A ceasefire.\"}\n{broken\n");
    String index = dir.resolve("index").toString();
    String summary = run("index", "--index", index, "--corpus", corpus.toString());
    assertTrue(summary.contains("read 3, indexed 2, skipped 1"), summary);
    String again = run("index", "--index", index, "--corpus", corpus.toString());
    assertTrue(again.contains("indexed 2"), again);
    String json = run("search", "ceasefire", "--index", index, "--json");
    assertTrue(json.contains("\"total\": 2"), json);
    String text = run("search", "cairo", "--index", index, "--outlet", "Reuters");
    assertTrue(text.startsWith("1 report ("), text);
    assertTrue(text.contains("Ceasefire talks"), text);
  }

  @Test
  void dryRunPrintsTheAccountWritesNoIndexAndTheProblemListHasEveryProblem() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("README.md"), "# About");
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 30; i++) jsonl.append("{broken ").append(i).append("\n");
    jsonl.append("{\"id\":\"x\",\"title\":\"One\"}\n{\"id\":\"x\",\"title\":\"Again\"}\n");
    Files.writeString(corpus.resolve("a.jsonl"), jsonl);
    Files.writeString(corpus.resolve("t.csv"), "Headline,Summary,Views\nTruce holds,It held.,3\n");
    Path index = dir.resolve("index");
    Path problems = dir.resolve("problems.txt");
    String out = run(
        "index",
        "--dry-run",
        "--index",
        index.toString(),
        "--problems",
        problems.toString(),
        "--corpus",
        corpus.toString());
    assertTrue(out.contains("columns: title <- Headline, body <- Summary; ignored: Views"), out);
    assertTrue(out.contains("README.md: left out: documentation"), out);
    assertTrue(out.contains("read 33, would index 2, skipped 31"), out);
    assertTrue(!Files.exists(index), "a dry run writes no index");
    String list = Files.readString(problems);
    assertEquals(30, list.lines().filter(l -> l.contains("malformed JSON")).count());
    assertTrue(
        list.indexOf("duplicate id x") > list.lastIndexOf("malformed JSON"),
        "duplicates after the errors");
  }
}
