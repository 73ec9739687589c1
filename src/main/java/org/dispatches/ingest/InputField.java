package org.dispatches.ingest;

import java.util.Locale;

/** The record field names every input format shares (JSON keys, CSV columns, front-matter keys). */
enum InputField {
  ID, TITLE, BODY, DATE, OUTLET, URL, LANGUAGE;

  /** The field for a key such as "Title" or "publisher", or null when the key is not one of ours. */
  static InputField fromKey(String key) {
    String k = key.trim().toLowerCase(Locale.ROOT);
    return switch (k) {
      case "id" -> ID;
      case "title", "headline" -> TITLE;
      case "body", "text", "content" -> BODY;
      case "date", "published", "publication_date", "publish_date", "pubdate" -> DATE;
      case "outlet", "publisher", "source" -> OUTLET;
      case "url", "link" -> URL;
      case "language", "lang" -> LANGUAGE;
      default -> null;
    };
  }
}
