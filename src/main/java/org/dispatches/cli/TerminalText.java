package org.dispatches.cli;

/** Turns an HTML snippet into terminal text: matches bold, entities decoded. */
final class TerminalText {
  private static final boolean ANSI = System.console() != null && System.getenv("NO_COLOR") == null;

  private TerminalText() {}

  static String fromSnippet(String html) {
    if (html == null) return "";
    String on = ANSI ? "\u001b[1m" : "*";
    String off = ANSI ? "\u001b[0m" : "*";
    return html.replace("<mark>", on)
        .replace("</mark>", off)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
