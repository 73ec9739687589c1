package org.dispatches.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dispatches.cli.Main;
import org.dispatches.testing.OpenSearchNode;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command runs end to end on a small corpus and prints the expected table rows (no timing is asserted). */
class BenchCommandTest {
  @TempDir
  Path dir;

  @Test
  void runsOnAThousandReportsWithoutOpenSearch() throws Exception {
    Path report = dir.resolve("BENCHMARKS.md");
    String table = bench("none", report);
    for (String row : List.of(
        "| indexing docs/s, full extraction |",
        "| index size |",
        "| query mix p50 (HTTP) |",
        "| throughput, 16 clients (Java API) |",
        "| Dispatches | 1,000 |",
        "| bare Lucene | 1,000 |",
        "| extraction alone (no index) | 1,000 |",
        "| Dispatches (Java API) |",
        "| Dispatches (HTTP) |",
        "Load average")) {
      assertTrue(table.contains(row), "missing row " + row + " in:\n" + table);
    }
    // every query of the mix ran and found something in reports built from real conflict reporting
    Matcher hits = Pattern.compile("\\| (\\w+) \\[[^\\]]*\\] \\| ([\\d,]+) \\|").matcher(table);
    int tasks = 0;
    while (hits.find()) {
      tasks++;
      assertTrue(Long.parseLong(hits.group(2).replace(",", "")) > 0, "no hits for " + hits.group());
    }
    assertEquals(TaskFile.load(null).size(), tasks, table);
    assertTrue(
        Files.readString(report).contains("| indexing docs/s, full extraction |"),
        "the table is appended to the report file");
  }

  @Test
  void againstOpenSearchTimesBothInTurnQueryByQuery() throws Exception {
    OpenSearchNode.require();
    String url = System.getenv("DISPATCHES_OPENSEARCH_URL");
    String table =
        bench(url == null || url.isBlank() ? OpenSearchNode.SINGLE_URL : url, dir.resolve("OS.md"));
    for (String row : List.of(
        "| OpenSearch (bulk load, no extraction) | 1,000 |",
        "| query mix p50 (HTTP, timed in turn with OpenSearch) |",
        "| query mix p99 (HTTP, timed in turn with OpenSearch) |",
        "| in turn, query by query: Dispatches (HTTP) |",
        "| in turn, query by query: OpenSearch |")) {
      assertTrue(table.contains(row), "missing row " + row + " in:\n" + table);
    }
    // the phrase and keyword tasks mean the same on both systems: their counts agree
    Matcher phrase = Pattern.compile(
            "\\| phrase \\[\"West Bank\"\\] \\| ([\\d,]+) \\| ([\\d,]+) \\|")
        .matcher(table);
    assertTrue(phrase.find(), table);
    assertEquals(phrase.group(1), phrase.group(2), table);
  }

  /** Runs the bench on 1,000 reports against {@code openSearch} and returns what it printed. */
  private String bench(String openSearch, Path report) throws Exception {
    Path data = SharedData.require("gaza-war-fulltext-4-newspapers").getParent();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertEquals(
          0,
          Main.run(
              "bench",
              "--docs",
              "1000",
              "--opensearch",
              openSearch,
              "--data",
              data.toString(),
              "--work",
              dir.resolve("work").toString(),
              "--warmup",
              "0.2",
              "--measure",
              "0.2",
              "--rounds",
              "1",
              "--report",
              report.toString()));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
