package org.dispatches.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes page furniture from a report body: bylines, "Read more" links, share and follow prompts,
 * "Skip to content", comment prompts and photo credits. Works line by line, since scraped pages put
 * each piece of furniture on a line of its own.
 */
public final class BoilerplateStripper {
  private static final List<Pattern> FURNITURE =
      List.of(
          Pattern.compile("(?i)^skip to (main )?content\\.?$"),
          Pattern.compile("(?i)^by\\s*\\|.*$"),
          Pattern.compile("(?i)^by [\\p{L} .'-]{2,60}(\\|.*)?$"),
          Pattern.compile("(?i)^(read more|related|see also|recommended)\\s*:.*$"),
          Pattern.compile("(?i)^(share|share this|share on \\w+|follow us.*|tweet|email|print)$"),
          Pattern.compile("(?i)^(leave a comment|no comments|\\d+ comments?|comments)$"),
          Pattern.compile("(?i)^(photo|image|picture)( credit)?\\s*:.*$"),
          Pattern.compile("(?i)^published\\s*(\\||$).*"),
          Pattern.compile("(?i)^(sign up|subscribe)\\b.{0,80}$"));

  /** The body without furniture lines; blank-line runs collapse to one. */
  public String strip(String body) {
    if (body == null) return "";
    StringBuilder out = new StringBuilder(body.length());
    boolean lastBlank = true;
    for (String line : body.split("\n", -1)) {
      String t = line.strip();
      if (t.isEmpty()) {
        if (!lastBlank) out.append('\n');
        lastBlank = true;
        continue;
      }
      if (isFurniture(t)) continue;
      out.append(t).append('\n');
      lastBlank = false;
    }
    return out.toString().strip();
  }

  boolean isFurniture(String line) {
    for (Pattern p : FURNITURE) if (p.matcher(line).matches()) return true;
    return false;
  }
}
