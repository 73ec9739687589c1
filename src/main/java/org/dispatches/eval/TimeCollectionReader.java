package org.dispatches.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the SMART/Glasgow TIME collection (TIME.ALL, TIME.QUE, TIME.REL). Document ids are the
 * 1-based positions in TIME.ALL, because that is how TIME.REL numbers documents (not by the TEXT
 * number of the header); judgments of documents the file does not hold (424, 425) are dropped.
 */
public final class TimeCollectionReader {
  private static final Pattern DOC_HEADER =
      Pattern.compile("^\\*TEXT\\s+(\\d+)\\s+(\\d\\d)/(\\d\\d)[/ ](\\d\\d)");
  private static final Pattern QUERY_HEADER = Pattern.compile("^\\*FIND\\s+(\\d+)");

  /** Reads the collection in {@code dir}; fails with the file's name when one is missing or malformed. */
  public TestCollection read(Path dir) throws IOException {
    List<TestCollection.Document> docs = documents(lines(dir.resolve("TIME.ALL")));
    Set<String> known = new HashSet<>();
    for (TestCollection.Document d : docs) known.add(d.id());
    Map<String, Set<String>> judgments = judgments(lines(dir.resolve("TIME.REL")), known);
    List<TestCollection.JudgedQuery> queries = new ArrayList<>();
    for (Map.Entry<String, String> q : queries(lines(dir.resolve("TIME.QUE"))).entrySet()) {
      queries.add(new TestCollection.JudgedQuery(
          q.getKey(), q.getValue(), judgments.getOrDefault(q.getKey(), Set.of())));
    }
    return new TestCollection("TIME 1963", docs, queries);
  }

  private static List<String> lines(Path file) throws IOException {
    if (!Files.isRegularFile(file)) throw new IOException("missing " + file);
    return Files.readAllLines(file, StandardCharsets.US_ASCII);
  }

  /** The text of a document is its lines joined by spaces: the file's line breaks are only typesetting. */
  static List<TestCollection.Document> documents(List<String> lines) {
    List<TestCollection.Document> docs = new ArrayList<>();
    String date = null;
    StringBuilder text = null;
    for (String line : lines) {
      // a few headers are spaced irregularly ("*TEXT 503  11/15/63", "08/30 63"): the prefix
      // decides
      boolean header = line.startsWith("*TEXT");
      boolean stop = line.startsWith("*STOP");
      if ((header || stop) && text != null) {
        docs.add(new TestCollection.Document(
            Integer.toString(docs.size() + 1), date, text.toString().strip()));
        text = null;
      }
      if (stop) break;
      if (header) {
        Matcher m = DOC_HEADER.matcher(line);
        date = m.lookingAt() ? "19" + m.group(4) + "-" + m.group(2) + "-" + m.group(3) : null;
        text = new StringBuilder();
      } else if (text != null && !line.isBlank()) {
        text.append(line.strip()).append(' ');
      }
    }
    if (text != null)
      docs.add(new TestCollection.Document(
          Integer.toString(docs.size() + 1), date, text.toString().strip()));
    return docs;
  }

  static Map<String, String> queries(List<String> lines) {
    Map<String, String> queries = new java.util.LinkedHashMap<>();
    String id = null;
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      Matcher m = QUERY_HEADER.matcher(line);
      boolean stop = line.startsWith("*STOP");
      if ((m.lookingAt() || stop) && id != null) queries.put(id, text.toString().strip());
      if (stop) break;
      if (m.lookingAt()) {
        id = m.group(1);
        text.setLength(0);
      } else if (id != null && !line.isBlank()) {
        text.append(line.strip()).append(' ');
      }
    }
    if (id != null && !queries.containsKey(id)) queries.put(id, text.toString().strip());
    return queries;
  }

  static Map<String, Set<String>> judgments(List<String> lines, Set<String> known) {
    Map<String, Set<String>> byQuery = new HashMap<>();
    for (String line : lines) {
      String[] parts = line.strip().split("\\s+");
      if (parts.length < 2) continue;
      Set<String> relevant = byQuery.computeIfAbsent(parts[0], k -> new HashSet<>());
      for (int i = 1; i < parts.length; i++) {
        if (known.contains(parts[i])) relevant.add(parts[i]);
      }
    }
    return byQuery;
  }
}
