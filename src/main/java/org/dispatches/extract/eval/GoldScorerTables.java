package org.dispatches.extract.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word tables of the gold set's {@code score.py} (actor aliases, the stray words that make an
 * attribution unclean, the two qualifier classes) and its name folding. The tables are read from
 * the {@code score.py} beside the gold at run time, not copied: the Java scorer then cannot drift
 * from the Python one, and the data set stays where it lives.
 */
public final class GoldScorerTables {
  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private final Map<String, Set<String>> aliasOf;
  private final Set<String> junk;
  private final Set<String> lower;
  private final Set<String> approx;

  GoldScorerTables(
      List<List<String>> aliases, Set<String> junk, Set<String> lower, Set<String> approx) {
    Map<String, Set<String>> of = new HashMap<>();
    for (List<String> group : aliases) {
      String key = norm(group.get(0));
      for (String name : group)
        of.computeIfAbsent(norm(name), k -> new HashSet<>()).add(key);
    }
    this.aliasOf = of;
    this.junk = Set.copyOf(junk);
    this.lower = Set.copyOf(lower);
    this.approx = Set.copyOf(approx);
  }

  /** The tables of the {@code score.py} at {@code scorer}; a clear error when it is missing or changed shape. */
  public static GoldScorerTables read(Path scorer) throws IOException {
    if (!Files.isRegularFile(scorer))
      throw new IOException(
          "the gold set's scorer " + scorer + " is missing: its tables are needed");
    String py = Files.readString(scorer, StandardCharsets.UTF_8);
    List<List<String>> aliases = new ArrayList<>();
    for (String line : block(py, "ALIASES = [", "\n]", scorer).split("\n")) {
      List<String> group = strings(line);
      if (!group.isEmpty()) aliases.add(group);
    }
    return new GoldScorerTables(
        aliases,
        new LinkedHashSet<>(strings(block(py, "JUNK = {", "}", scorer))),
        new LinkedHashSet<>(strings(block(py, "LOWER = {", "}", scorer))),
        new LinkedHashSet<>(strings(block(py, "APPROX = {", "}", scorer))));
  }

  private static String block(String py, String start, String end, Path scorer) throws IOException {
    int from = py.indexOf(start);
    int to = from < 0 ? -1 : py.indexOf(end, from + start.length());
    if (to < 0)
      throw new IOException(
          scorer + " has no \"" + start.strip() + "\" table: the Java scorer cannot mirror it");
    return py.substring(from + start.length(), to);
  }

  private static List<String> strings(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = STRING.matcher(text);
    while (m.find()) out.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
    return out;
  }

  /**
   * score.py's {@code norm}: accents and case folded, "’" made "'", a possessive "'s " dropped, every
   * run of other characters one space, a leading "the" dropped.
   */
  static String norm(String s) {
    String n = MARKS
        .matcher(Normalizer.normalize(s, Normalizer.Form.NFKD))
        .replaceAll("")
        .toLowerCase(Locale.ROOT);
    n = n.replace('’', '\'').replace("'s ", " ");
    n = NOT_WORD.matcher(n).replaceAll(" ").strip();
    return n.startsWith("the ") ? n.substring(4) : n;
  }

  /** score.py's {@code tokens}: the folded words of a string, none for null or empty. */
  static List<String> tokens(String s) {
    if (s == null || s.isEmpty()) return List.of();
    String n = norm(s);
    return n.isEmpty() ? List.of() : List.of(n.split(" +"));
  }

  /** Every key a name stands for: itself, its "A|B" alternates and their alias groups. */
  Set<String> keysOf(String name) {
    Set<String> out = new HashSet<>();
    for (String alt : name.split("\\|", -1)) {
      String n = norm(alt);
      if (n.isEmpty()) continue;
      out.add(n);
      out.addAll(aliasOf.getOrDefault(n, Set.of()));
    }
    return out;
  }

  /** Whether a word marks an attribution span cut wrongly ("has", "day", "after"). */
  boolean junk(String token) {
    return junk.contains(token);
  }

  /** The qualifier's class: "lower" (at least, more than, over), "approx" (about, nearly), else itself; null for none. */
  String qualifierClass(String q) {
    if (q == null || q.isEmpty()) return null;
    String t = q.strip().toLowerCase(Locale.ROOT);
    if (lower.contains(t)) return "lower";
    if (approx.contains(t)) return "approx";
    return t;
  }
}
