package org.dispatches.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The wire services a report is copy of, when its text or metadata says so: a dateline
 * ("GAZA CITY (Reuters) -", "(AP) —", "(AFP) -"), a credit ("The Associated Press contributed to
 * this report", "AFP contributed", a closing "- AFP"), or an outlet or address that is the wire
 * itself. A wire quoted as a source ("told Reuters", "AFP reported") is not wire copy: that is
 * {@link SourceFinder}'s. Plain strings in, no Lucene.
 */
public final class WireSources {
  public static final String REUTERS = "Reuters";
  public static final String AP = "Associated Press";
  public static final String AFP = "AFP";

  private record Wire(String name, List<String> marks, List<Pattern> credits, List<String> outletNames, String domain) {}

  private static final String DASH = "\\s*[-\u2013\u2014]";
  private static final List<Wire> WIRES = List.of(
      new Wire(REUTERS, List.of("(Reuters)"), List.of(
          Pattern.compile("\\(Reuters\\)" + DASH)),
          List.of("reuters", "thomson reuters"), "reuters.com"),
      new Wire(AP, List.of("(AP)", "Associated Press"), List.of(
          Pattern.compile("\\(AP\\)" + DASH),
          Pattern.compile("(?i)\\bAssociated Press\\b[^.\\n]{0,160}\\bcontributed\\b"),
          Pattern.compile("(?i)\\bcontributed\\b[^.\\n]{0,40}\\bby (the )?Associated Press\\b")),
          List.of("associated press", "the associated press", "ap", "ap news"), "apnews.com"),
      new Wire(AFP, List.of("AFP", "Agence France"), List.of(
          Pattern.compile("\\(AFP\\)" + DASH),
          Pattern.compile("(?i)\\b(AFP|Agence France-Presse)\\b[^.\\n]{0,160}\\bcontributed\\b"),
          Pattern.compile("(?m)^\\s*(with\\s+)?AFP\\.?\\s*$"),
          Pattern.compile("[-\u2013\u2014]\\s*AFP\\.?\\s*$")),
          List.of("afp", "agence france-presse", "agence france presse"), "afp.com"));

  private WireSources() {}

  /** The wires the report says it carries, in a fixed order (Reuters, Associated Press, AFP); empty when none. */
  public static List<String> of(String title, String body, String outlet, String url) {
    List<String> out = new ArrayList<>(1);
    String text = body == null ? "" : body;
    String outletKey = outlet == null ? "" : outlet.strip().toLowerCase(Locale.ROOT);
    String host = url == null ? "" : url.toLowerCase(Locale.ROOT);
    for (Wire w : WIRES) {
      if (w.outletNames().contains(outletKey) || hostIs(host, w.domain()) || credited(w, text)) out.add(w.name());
    }
    return out;
  }

  /** The wires of an extracted report. */
  public static List<String> of(Article a) {
    return of(a.title(), a.body(), a.outlet(), a.url());
  }

  private static boolean credited(Wire w, String text) {
    // most reports name no wire: a plain search first spares them the patterns
    if (w.marks().stream().noneMatch(text::contains)) return false;
    for (Pattern p : w.credits()) if (p.matcher(text).find()) return true;
    return false;
  }

  private static boolean hostIs(String url, String domain) {
    int start = url.indexOf("://");
    if (start < 0) return false;
    int end = url.indexOf('/', start + 3);
    String host = end < 0 ? url.substring(start + 3) : url.substring(start + 3, end);
    return host.equals(domain) || host.endsWith("." + domain);
  }
}
