package org.dispatches.ingest;

import java.util.List;
import java.util.Locale;

/**
 * The record fields every input format shares (JSON keys, CSV/TSV columns, front-matter keys),
 * each with the names it goes by in the wild, best first: when a file has two columns for one
 * field ("content" and "description"), the earlier name feeds it and the other is ignored.
 */
public enum InputField {
  ID("id", "guid", "docid", "articleid", "uuid"),
  TITLE("title", "headline", "heading"),
  BODY(
      "body",
      "text",
      "content",
      "articlebody",
      "article",
      "fulltext",
      "story",
      "description",
      "summary",
      "abstract",
      "standfirst",
      "lead"),
  DATE(
      "date",
      "published",
      "publishdate",
      "publicationdate",
      "pubdate",
      "publishedat",
      "datepublished",
      "datetime",
      "timestamp",
      "created",
      "createdat",
      "time"),
  OUTLET(
      "outlet",
      "publisher",
      "source",
      "sourcename",
      "publication",
      "newspaper",
      "sitename",
      "site",
      "media"),
  URL("url", "link", "sourceurl", "canonicalurl", "articleurl", "permalink", "href", "uri"),
  LANGUAGE("language", "lang"),
  AUTHOR("author", "authors", "byline", "creator", "writer"),
  /** A page's HTML, read to its main text, title, date, author and URL where the record lacks them. */
  HTML("html", "rawhtml", "pagehtml");

  private final List<String> names;

  InputField(String... names) {
    this.names = List.of(names);
  }

  /** The field's own name, as {@code --field} takes it. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** How good a name {@code key} is for this field: 0 is the best, -1 not a name of it. */
  int rank(String key) {
    return names.indexOf(normalize(key));
  }

  /** The field for a key such as "Title", "publish_date" or "pubDate", or null when the key is not one of ours. */
  static InputField fromKey(String key) {
    String k = normalize(key);
    for (InputField f : values()) if (f.names.contains(k)) return f;
    return null;
  }

  /** The field named by {@code --field NAME=...}, or null. */
  public static InputField byName(String name) {
    for (InputField f : values()) if (f.key().equalsIgnoreCase(name.strip())) return f;
    return null;
  }

  /** Lower case without separators: "Publish_Date", "publish date" and "pubDate" compare by letters. */
  static String normalize(String key) {
    StringBuilder b = new StringBuilder(key.length());
    key.strip()
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(b::appendCodePoint);
    return b.toString();
  }
}
