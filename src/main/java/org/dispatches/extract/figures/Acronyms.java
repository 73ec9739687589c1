package org.dispatches.extract.figures;

import java.util.regex.Pattern;

/** Dotted acronyms without their dots ("the U.N. said" is "the UN said"), so that a source named by one is one word. */
final class Acronyms {
  private static final Pattern DOTTED = Pattern.compile("\\b([A-Z])\\.([A-Z])\\.(?:([A-Z])\\.)?");

  private Acronyms() {}

  /** The sentence with "U.N.", "U.S.", "U.K." written "UN", "US", "UK"; the same string when it has none. */
  static String undot(String sentence) {
    // the regex only when some capital stands between two periods' worth of "X.Y."
    boolean maybe = false;
    for (int i = sentence.indexOf('.');
        i > 0 && i + 2 < sentence.length() && !maybe;
        i = sentence.indexOf('.', i + 1)) {
      maybe = Character.isUpperCase(sentence.charAt(i - 1))
          && Character.isUpperCase(sentence.charAt(i + 1))
          && sentence.charAt(i + 2) == '.';
    }
    if (!maybe) return sentence;
    var m = DOTTED.matcher(sentence);
    if (!m.find()) return sentence;
    return m.replaceAll(r -> r.group(1) + r.group(2) + (r.group(3) == null ? "" : r.group(3)));
  }
}
