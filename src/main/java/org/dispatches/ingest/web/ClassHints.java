package org.dispatches.ingest.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an element's class and id words say about it, as in Readability: furniture (share,
 * comment, related, sidebar, byline ...) or article (content, story, entry, body ...). Substring
 * tests and a word split rather than one alternation regex, which cost more than parsing the page.
 */
final class ClassHints {
  private static final List<String> NEGATIVE_PARTS = List.of(
      "comment",
      "share",
      "sharing",
      "social",
      "related",
      "recommend",
      "promo",
      "advert",
      "sponsor",
      "newsletter",
      "subscri",
      "signup",
      "sign-up",
      "sidebar",
      "widget",
      "footer",
      "masthead",
      "menu",
      "breadcrumb",
      "byline",
      "author",
      "caption",
      "credit",
      "popup",
      "modal",
      "cookie",
      "consent",
      "banner",
      "toolbar",
      "skip",
      "more-stories",
      "outbrain",
      "taboola",
      "disqus",
      "rating",
      "popular",
      "trending",
      "pagination",
      "pager",
      "dateline",
      "timestamp",
      "published",
      "hidden",
      "print",
      "follow",
      "readmore",
      "read-more",
      "nextup",
      "next-up",
      "newsroom",
      "inlinelink",
      "inline-link",
      "contributor",
      "keywords",
      "topics",
      "shoutbox",
      "tool");
  /** Whole words only: "ad" and "tag" are inside too many harmless words. */
  private static final Set<String> NEGATIVE_WORDS = Set.of("ad", "ads", "tag", "tags", "meta");

  private static final List<String> POSITIVE_PARTS =
      List.of("article", "content", "entry", "story", "blog", "paragraph", "prose");
  /** Words that begin with these: "body-text", "main-column", "post-123", "text-block". */
  private static final List<String> POSITIVE_WORD_STARTS = List.of("body", "main", "post", "text");

  private static final Pattern WORD_BREAK = Pattern.compile("[-_\\s]+");

  private ClassHints() {}

  static boolean negative(String hints) {
    String h = hints.toLowerCase(Locale.ROOT);
    for (String part : NEGATIVE_PARTS) if (h.contains(part)) return true;
    for (String word : WORD_BREAK.split(h)) {
      if (NEGATIVE_WORDS.contains(word) || word.startsWith("nav") || word.endsWith("bio"))
        return true;
    }
    return false;
  }

  static boolean positive(String hints) {
    String h = hints.toLowerCase(Locale.ROOT);
    for (String part : POSITIVE_PARTS) if (h.contains(part)) return true;
    for (String word : WORD_BREAK.split(h)) {
      for (String start : POSITIVE_WORD_STARTS) if (word.startsWith(start)) return true;
    }
    return false;
  }
}
