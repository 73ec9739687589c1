package org.dispatches.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dispatches.extract.outlets.SourceFinder;

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

  /**
   * A credit pattern, tried only when the text contains {@code mark} (most reports name no wire);
   * with {@code closing}, only over the text's last {@link #CLOSING} characters, where a closing
   * credit stands ("told AFP" in the middle of many reports must not cost a scan of each).
   */
  private record Credit(String mark, Pattern pattern, boolean closing) {
    Credit(String mark, Pattern pattern) {
      this(mark, pattern, false);
    }
  }

  private static final int CLOSING = 300;

  private record Wire(String name, List<Credit> credits, List<String> outletNames, String domain) {}

  private static final String DASH = "\\s*[-\u2013\u2014]";
  private static final List<Wire> WIRES = List.of(
      new Wire(
          REUTERS,
          List.of(new Credit("(Reuters)", Pattern.compile("\\(Reuters\\)" + DASH))),
          List.of("reuters", "thomson reuters"),
          "reuters.com"),
      new Wire(
          AP,
          List.of(
              new Credit("(AP)", Pattern.compile("\\(AP\\)" + DASH)),
              new Credit(
                  "contributed",
                  Pattern.compile("\\bAssociated Press\\b[^.\\n]{0,160}\\bcontributed\\b")),
              new Credit(
                  "contributed",
                  Pattern.compile(
                      "\\bcontributed\\b[^.\\n]{0,40}\\bby (the )?Associated Press\\b"))),
          List.of("associated press", "the associated press", "ap", "ap news"),
          "apnews.com"),
      new Wire(
          AFP,
          List.of(
              new Credit("(AFP)", Pattern.compile("\\(AFP\\)" + DASH)),
              new Credit(
                  "contributed",
                  Pattern.compile(
                      "\\b(AFP|Agence France-Presse)\\b[^.\\n]{0,160}\\bcontributed\\b")),
              new Credit("AFP", Pattern.compile("(?m)^\\s*(with\\s+)?AFP\\.?\\s*$"), true),
              new Credit("AFP", Pattern.compile("[-\u2013\u2014]\\s*AFP\\.?\\s*$"), true)),
          List.of("afp", "agence france-presse", "agence france presse"),
          "afp.com"));

  private WireSources() {}

  /** The wires the report says it carries, in a fixed order (Reuters, Associated Press, AFP); empty when none. */
  public static List<String> of(String title, String body, String outlet, String url) {
    List<String> out = new ArrayList<>(1);
    String text = body == null ? "" : body;
    String outletKey = outlet == null ? "" : outlet.strip().toLowerCase(Locale.ROOT);
    String host = url == null ? "" : url.toLowerCase(Locale.ROOT);
    for (Wire w : WIRES) {
      if (w.outletNames().contains(outletKey) || hostIs(host, w.domain()) || credited(w, text))
        out.add(w.name());
    }
    return out;
  }

  /** The wires of an extracted report. */
  public static List<String> of(Article a) {
    return of(a.title(), a.body(), a.outlet(), a.url());
  }

  private static boolean credited(Wire w, String text) {
    for (Credit c : w.credits()) {
      String where =
          c.closing() && text.length() > CLOSING ? text.substring(text.length() - CLOSING) : text;
      if (where.contains(c.mark()) && c.pattern().matcher(where).find()) return true;
    }
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
