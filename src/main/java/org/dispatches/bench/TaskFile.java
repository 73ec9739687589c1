package org.dispatches.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a task file, the one format of {@code dispatches bench} and {@code dispatches load-test}:
 * {@code category | q=...&actor=...} per line, parameters as in {@code GET /api/search} written
 * literally; blank lines and # comments skipped. The built-in mixes are on the class path.
 */
public final class TaskFile {
  static final String DEFAULT_RESOURCE = "/bench/queries.tasks";
  /** The default mix of {@code dispatches load-test}. */
  public static final String LOAD_RESOURCE = "/load/tasks.txt";
  /** The hostile mix of {@code dispatches load-test --adversarial}. */
  public static final String HOSTILE_RESOURCE = "/load/adversarial.txt";

  private TaskFile() {}

  /** The tasks of {@code file}, or of the built-in mix when it is null. */
  public static List<QueryTask> load(Path file) throws IOException {
    return file != null
        ? parse(Files.readString(file, StandardCharsets.UTF_8), file.toString())
        : resource(DEFAULT_RESOURCE);
  }

  /** The tasks of a built-in mix on the class path. */
  public static List<QueryTask> resource(String name) throws IOException {
    try (InputStream in = TaskFile.class.getResourceAsStream(name)) {
      if (in == null)
        throw new IOException("the built-in query mix " + name + " is missing from the jar");
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    }
  }

  public static List<QueryTask> parse(String text, String name) throws IOException {
    List<QueryTask> tasks = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      int bar = line.indexOf('|');
      if (bar < 1) {
        throw new IOException(name + ":" + (i + 1) + ": expected \"category | parameters\""
            + " (e.g. \"date | q=hostages&from=2024-01-01\"), got: " + line);
      }
      tasks.add(new QueryTask(
          line.substring(0, bar).strip(), params(line.substring(bar + 1).strip())));
    }
    if (tasks.isEmpty()) throw new IOException(name + " holds no tasks");
    return tasks;
  }

  private static Map<String, List<String>> params(String text) throws IOException {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      if (pair.isBlank()) continue;
      int eq = pair.indexOf('=');
      if (eq < 1) throw new IOException("expected name=value, got: " + pair);
      params
          .computeIfAbsent(pair.substring(0, eq).strip(), k -> new ArrayList<>())
          .add(pair.substring(eq + 1).strip());
    }
    return params;
  }
}
