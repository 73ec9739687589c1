package org.dispatches.extract.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dispatches.extract.actors.Alias;

/**
 * Resolves an attribution as written ("the territory's Hamas-run health ministry") to one canonical
 * source name ("Gaza health ministry"), through the table {@code sources.tsv}: a line per source,
 * the canonical name, a tab, and the word sequences that name it, separated by "|". An attribution
 * names a source when one of the sequences occurs in its words (case folded, possessives and
 * hyphens dropped; an all-capital word such as "WHO" must match in capitals). The first line that
 * matches wins, so the table lists specific names before the general ones ("Israeli health
 * ministry" before "health ministry"). An attribution the table does not know stands for itself.
 */
public final class SourceNames {
  private record Alias(String[] words, boolean[] exactCase) {}

  private record Source(String name, List<Alias> aliases, List<Alias> unless) {}

  private static final int MAX_REMEMBERED = 4096;
  private final List<Source> sources;
  private final java.util.Map<String, String> resolved =
      new java.util.concurrent.ConcurrentHashMap<>();

  SourceNames(List<Source> sources) {
    this.sources = List.copyOf(sources);
  }

  /** The table shipped in the jar. */
  public static SourceNames loadDefault() {
    try (InputStream in = SourceNames.class.getResourceAsStream("/sources.tsv")) {
      if (in == null) throw new IllegalStateException("sources.tsv is missing from the jar");
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A table in the {@code sources.tsv} format; a malformed line is an error naming it. */
  public static SourceNames read(InputStream in) throws IOException {
    List<Source> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int n = 0;
    for (String line; (line = r.readLine()) != null; ) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t");
      if (cols.length < 2 || cols.length > 3 || cols[0].isBlank()) {
        throw new IOException("sources.tsv line " + n
            + ": expected a name, a tab, aliases and optionally a tab and excluding words");
      }
      out.add(new Source(
          cols[0].strip(), aliases(cols[1]), cols.length > 2 ? aliases(cols[2]) : List.of()));
    }
    return new SourceNames(out);
  }

  private static List<Alias> aliases(String column) {
    List<Alias> aliases = new ArrayList<>();
    for (String a : column.split("\\|")) {
      List<String> raw = words(a, true);
      if (raw.isEmpty()) continue;
      boolean[] exact = new boolean[raw.size()];
      for (int i = 0; i < exact.length; i++)
        exact[i] =
            raw.get(i).length() > 1 && raw.get(i).equals(raw.get(i).toUpperCase(Locale.ROOT));
      aliases.add(new Alias(raw.toArray(String[]::new), exact));
    }
    return aliases;
  }

  /** The canonical source of an attribution as written; the attribution itself when the table does not know it; null for none. */
  public String canonical(String attribution) {
    if (attribution == null || attribution.isBlank()) return null;
    // the same few dozen attributions recur across a corpus: resolve each once
    String known = resolved.get(attribution);
    if (known != null) return known;
    String c = resolve(attribution);
    if (resolved.size() >= MAX_REMEMBERED) resolved.clear();
    resolved.put(attribution, c);
    return c;
  }

  private String resolve(String attribution) {
    List<String> raw = words(attribution, true);
    for (Source s : sources) {
      if (s.unless().stream().anyMatch(a -> occurs(a, raw))) continue;
      for (Alias a : s.aliases()) if (occurs(a, raw)) return s.name();
    }
    return attribution.strip();
  }

  private static boolean occurs(Alias a, List<String> raw) {
    int n = a.words().length;
    for (int i = 0; i + n <= raw.size(); i++) {
      boolean all = true;
      for (int k = 0; k < n && all; k++) {
        String w = raw.get(i + k);
        all = a.exactCase()[k] ? w.equals(a.words()[k]) : w.equalsIgnoreCase(a.words()[k]);
      }
      if (all) return true;
    }
    return false;
  }

  /** The words of a name: possessive endings dropped, split at anything but letters and digits; lower-cased unless asked not to. */
  private static List<String> words(String s, boolean keepCase) {
    List<String> out = new ArrayList<>();
    for (String w : s.replace('’', '\'').split("[^\\p{L}\\p{N}']+")) {
      w = Possessives.strip(w).replace("'", "");
      if (w.isEmpty()) continue;
      out.add(keepCase ? w : w.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
