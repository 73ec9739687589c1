package org.dispatches.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet a report's own text names as its publisher: a copyright line ("Copyright 2023
 * The Guardian"), a site byline ("By journalsofus.com"), or a wire dateline ("GAZA (Reuters) -").
 */
final class TextOutlet {
  private static final Pattern COPYRIGHT =
      Pattern.compile("(?im)^\\s*(?:copyright|©)\\s*(?:\\(c\\)\\s*)?(?:\\d{4}\\s*)?([^\\n]{2,80})$");
  private static final Pattern SITE_BYLINE =
      Pattern.compile("(?im)^\\s*by\\s+((?:[a-z0-9-]+\\.)+[a-z]{2,})\\s*$");
  private static final Pattern WIRE_DATELINE =
      Pattern.compile("(?m)^[A-Z][\\p{L} .,'-]{1,40}\\((Reuters|AP|AFP|Anadolu|WAFA)\\)\\s*[-—–]");
  private final OutletTable outlets;

  TextOutlet(OutletTable outlets) {
    this.outlets = outlets;
  }

  /** The outlet the text names as its publisher, or null. */
  String find(String body) {
    if (body == null) return null;
    Matcher m = COPYRIGHT.matcher(body);
    while (m.find()) {
      String name = knownPrefix(m.group(1));
      if (name != null) return name;
    }
    m = SITE_BYLINE.matcher(body);
    if (m.find()) {
      String name = outlets.outletForDomain(m.group(1));
      return name != null ? name : m.group(1).toLowerCase(java.util.Locale.ROOT);
    }
    m = WIRE_DATELINE.matcher(body);
    return m.find() && m.start() < 2000 ? outlets.outletNamed(m.group(1)) : null;
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
