package org.dispatches.ingest.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's metadata, from the sources publishers fill for search engines and social networks, in
 * order of trust: schema.org JSON-LD (a NewsArticle's headline, datePublished, author,
 * articleBody), Open Graph and article meta tags, Dublin Core and plain meta names, then the page
 * itself ({@code <time datetime>}, {@code <h1>}, {@code <title>}).
 */
public record PageMetadata(
    String title,
    String date,
    String author,
    String canonicalUrl,
    String siteName,
    String articleBody) {

  public static PageMetadata of(Document doc) {
    Map<String, String> metas = metaTags(doc);
    JsonObject ld = articleJsonLd(doc);
    String title = first(
        ldString(ld, "headline"),
        meta(metas, "og:title"),
        meta(metas, "twitter:title"),
        h1(doc),
        doc.title().isBlank() ? null : doc.title());
    String date = first(
        ldString(ld, "datePublished"),
        meta(metas, "article:published_time"),
        meta(metas, "og:article:published_time"),
        meta(metas, "datePublished"),
        meta(metas, "pubdate"),
        meta(metas, "publishdate"),
        meta(metas, "publish-date"),
        meta(metas, "parsely-pub-date"),
        meta(metas, "sailthru.date"),
        meta(metas, "dc.date.issued"),
        meta(metas, "dc.date"),
        meta(metas, "dcterms.created"),
        meta(metas, "date"),
        timeElement(doc),
        ldString(ld, "dateCreated"),
        ldString(ld, "dateModified"));
    String author = first(
        ldAuthor(ld),
        meta(metas, "author"),
        meta(metas, "article:author"),
        meta(metas, "parsely-author"),
        meta(metas, "dc.creator"),
        relAuthor(doc));
    if (author != null && author.startsWith("http")) author = null;
    String canonical =
        first(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta(metas, "og:url"));
    String site =
        first(meta(metas, "og:site_name"), ldPublisher(ld), meta(metas, "application-name"));
    String body = ldString(ld, "articleBody");
    return new PageMetadata(
        clean(title),
        isoIfRfc1123(clean(date)),
        clean(author),
        blankToNull(canonical),
        clean(site),
        body);
  }

  /** Each meta tag's content by its property, name or itemprop (lower case); the first of a name wins. */
  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> metas = new HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String v = m.attr("content").strip();
      if (v.isEmpty()) continue;
      for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
        if (m.hasAttr(key)) metas.putIfAbsent(m.attr(key).toLowerCase(Locale.ROOT), v);
      }
    }
    return metas;
  }

  /** "Mon, 18 Nov 2019 16:07:38 -0600" (the e-mail and HTTP date some sites put in meta tags) as ISO 8601. */
  static String isoIfRfc1123(String date) {
    if (date == null || date.isEmpty() || !Character.isLetter(date.charAt(0))) return date;
    try {
      return java.time.ZonedDateTime.parse(
              date, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
          .toOffsetDateTime()
          .toString();
    } catch (java.time.format.DateTimeParseException e) {
      return date;
    }
  }

  private static String meta(Map<String, String> metas, String name) {
    return metas.get(name.toLowerCase(Locale.ROOT));
  }

  private static String h1(Document doc) {
    Element h = doc.selectFirst("article h1, main h1, h1");
    return h == null ? null : blankToNull(h.text());
  }

  private static String timeElement(Document doc) {
    Element t = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
    return t == null ? null : blankToNull(t.attr("datetime"));
  }

  private static String relAuthor(Document doc) {
    Element a =
        doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
    if (a == null) return null;
    String t = a.text().strip();
    return t.isEmpty() || t.length() > 80 ? null : t;
  }

  private static String attr(Element e, String name) {
    return e == null ? null : e.attr(name);
  }

  /** The first JSON-LD object whose type is an article (NewsArticle, BlogPosting, Report ...), or null. */
  static JsonObject articleJsonLd(Document doc) {
    List<JsonObject> objects = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        collect(JsonParser.parseString(script.data()), objects, 0);
      } catch (JsonParseException | IllegalStateException e) {
        // a page's broken JSON-LD is the page's problem: the meta tags and the text remain
      }
    }
    for (JsonObject o : objects) {
      String type = typeOf(o).toLowerCase(Locale.ROOT);
      if (type.contains("article") || type.contains("posting") || type.equals("report")) return o;
    }
    return null;
  }

  private static void collect(JsonElement e, List<JsonObject> into, int depth) {
    if (depth > 4 || e == null) return;
    if (e.isJsonArray()) {
      for (JsonElement x : e.getAsJsonArray()) collect(x, into, depth + 1);
    } else if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      into.add(o);
      if (o.has("@graph")) collect(o.get("@graph"), into, depth + 1);
      if (o.has("mainEntity")) collect(o.get("mainEntity"), into, depth + 1);
    }
  }

  private static String typeOf(JsonObject o) {
    JsonElement t = o.get("@type");
    if (t == null) return "";
    if (t.isJsonArray()) {
      StringBuilder b = new StringBuilder();
      for (JsonElement x : t.getAsJsonArray())
        if (x.isJsonPrimitive()) b.append(x.getAsString()).append(' ');
      return b.toString();
    }
    return t.isJsonPrimitive() ? t.getAsString() : "";
  }

  private static String ldString(JsonObject o, String key) {
    if (o == null || !o.has(key)) return null;
    JsonElement v = o.get(key);
    if (v.isJsonArray() && !v.getAsJsonArray().isEmpty()) v = v.getAsJsonArray().get(0);
    return v.isJsonPrimitive() ? blankToNull(v.getAsString()) : null;
  }

  private static String ldAuthor(JsonObject o) {
    if (o == null || !o.has("author")) return null;
    JsonElement a = o.get("author");
    List<String> names = new ArrayList<>();
    JsonArray all = a.isJsonArray() ? a.getAsJsonArray() : new JsonArray();
    if (!a.isJsonArray()) all.add(a);
    for (JsonElement x : all) {
      if (x.isJsonPrimitive()) names.add(x.getAsString());
      else if (x.isJsonObject()
          && x.getAsJsonObject().has("name")
          && x.getAsJsonObject().get("name").isJsonPrimitive()) {
        names.add(x.getAsJsonObject().get("name").getAsString());
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String ldPublisher(JsonObject o) {
    if (o == null || !o.has("publisher") || !o.get("publisher").isJsonObject()) return null;
    return ldString(o.getAsJsonObject("publisher"), "name");
  }

  private static String first(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v;
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String clean(String s) {
    return s == null
        ? null
        : blankToNull(org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("\\s+", " "));
  }
}
