package org.dispatches.extract.outlets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dispatches.extract.text.PatternAt;

/**
 * Finds the outlet a report's own text names as its publisher: a masthead line over the date line
 * of a news-database header ("The Guardian (London)" over "December 5, 2023 Tuesday"), a
 * copyright line ("Copyright 2023 The Guardian"), a site byline ("By journalsofus.com"), or a wire
 * dateline ("GAZA (Reuters) -"). Only outlets the table knows count, so a name is never invented.
 */
public final class TextOutlet {
  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?im)^\\s*(?:copyright|©)\\s*(?:\\(c\\)\\s*)?(?:\\d{4}\\s*)?([^\\n]{2,200})$");
  private static final Pattern SITE_BYLINE =
      Pattern.compile("(?im)^\\s*by\\s+((?:[a-z0-9-]+\\.)+[a-z]{2,})\\s*$");
  private static final Pattern WIRE_DATELINE =
      Pattern.compile("(?m)^[A-Z][\\p{L} .,'-]{1,40}\\((Reuters|AP|AFP|Anadolu|WAFA)\\)\\s*[-—–]");
  /** A database header's date line: "December 5, 2023 Tuesday 5:05 PM GMT". */
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?i)^\\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},\\s+\\d{4}\\b");
  /** How far into a text a masthead may stand: a header comes first. */
  private static final int MASTHEAD_LINES = 8;

  private final OutletTable outlets;

  public TextOutlet(OutletTable outlets) {
    this.outlets = outlets;
  }

  /** The outlet the text names as its publisher, or null. */
  public String find(String body) {
    if (body == null) return null;
    // every pattern starts at a line start: try only those
    int[] lines = PatternAt.lineStarts(body);
    String masthead = masthead(body, lines);
    if (masthead != null) return masthead;
    PatternAt copyright = new PatternAt(COPYRIGHT, body);
    int end = 0;
    for (int start : lines) {
      if (start < end || !copyright.matchesAt(start)) continue;
      end = copyright.matcher().end();
      String name = knownPrefix(copyright.matcher().group(1));
      if (name != null) return name;
    }
    Matcher m = first(SITE_BYLINE, body, lines);
    if (m != null) {
      String name = outlets.outletForDomain(m.group(1));
      return name != null ? name : m.group(1).toLowerCase(java.util.Locale.ROOT);
    }
    m = first(WIRE_DATELINE, body, lines);
    return m != null && m.start() < 2000 ? outlets.outletNamed(m.group(1)) : null;
  }

  /** The outlet a known outlet's line names when the next non-blank line is a date line, or null. */
  private String masthead(String body, int[] lines) {
    String previous = null;
    for (int i = 0; i < lines.length && i < MASTHEAD_LINES; i++) {
      int end = i + 1 < lines.length ? lines[i + 1] : body.length();
      String line = body.substring(lines[i], end).strip();
      if (line.isEmpty()) continue;
      if (previous != null && previous.length() <= 80 && DATE_LINE.matcher(line).lookingAt()) {
        String name = outlets.canonical(previous);
        if (name != null && outlets.outletNamed(name) != null) return name;
      }
      previous = line;
    }
    return null;
  }

  /** The first match of a line-anchored pattern, or null. */
  private static Matcher first(Pattern pattern, String body, int[] lines) {
    PatternAt at = new PatternAt(pattern, body);
    for (int start : lines) if (at.matchesAt(start)) return at.matcher();
    return null;
  }

  /** The longest leading run of words that names a known outlet ("The Guardian (London) All rights"). */
  private String knownPrefix(String text) {
    String[] words = text.replaceAll("[(),.]", " ").strip().split("\\s+");
    for (int n = Math.min(words.length, 6); n >= 1; n--) {
      String name = outlets.outletNamed(String.join(" ", java.util.Arrays.copyOf(words, n)));
      if (name != null) return name;
    }
    return null;
  }
}
