package org.dispatches.load;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One line of a task file: a category and the search it sends, e.g. {@code phrase: "prisoner exchange"}
 * (a query) or {@code date: from=2024-01-01&to=2024-03-31} (API parameters).
 */
public record QueryTask(String category, String pathAndQuery) {
  private static final Set<String> PARAMS = Set.of("q", "outlet", "actor", "figure", "source", "from", "to",
      "sort", "page", "size", "facets", "facetSize");

  /** Parses {@code category: text}; text is API parameters when it starts with a parameter name and '='. */
  public static QueryTask parse(String line) {
    int colon = line.indexOf(':');
    if (colon <= 0) throw new IllegalArgumentException("a task is \"category: query or parameters\"; got: " + line);
    String category = line.substring(0, colon).strip();
    String text = line.substring(colon + 1).strip();
    int eq = text.indexOf('=');
    boolean params = eq > 0 && PARAMS.contains(text.substring(0, eq));
    return new QueryTask(category, "/api/search?" + (params ? encodeParams(text) : "q=" + encode(text)));
  }

  /** The tasks of a file: one per line, blank lines and {@code #} comments skipped. */
  public static List<QueryTask> readAll(List<String> lines) {
    List<QueryTask> tasks = new ArrayList<>();
    for (String line : lines) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) tasks.add(parse(t));
    }
    if (tasks.isEmpty()) throw new IllegalArgumentException("the task file has no tasks");
    return tasks;
  }

  public static List<QueryTask> readAll(Path file) throws IOException {
    return readAll(Files.readAllLines(file));
  }

  private static String encodeParams(String text) {
    List<String> out = new ArrayList<>();
    for (String pair : text.split("&")) {
      int eq = pair.indexOf('=');
      out.add(eq < 0 ? encode(pair) : encode(pair.substring(0, eq)) + "=" + encode(pair.substring(eq + 1)));
    }
    return String.join("&", out);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
