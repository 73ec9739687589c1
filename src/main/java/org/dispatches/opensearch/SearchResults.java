package org.dispatches.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dispatches.api.FacetValue;
import org.dispatches.api.Hit;
import org.dispatches.api.Html;
import org.dispatches.extract.Article;
import org.dispatches.index.ArticleCodec;
import org.dispatches.index.FieldCatalog;
import org.dispatches.index.FieldSpec;
import org.dispatches.index.Fields;

/** Reads hits, snippets and facet counts out of an OpenSearch search response, in the API's shape. */
final class SearchResults {
  private static final String ELLIPSIS = " … ";
  private final ArticleCodec codec = new ArticleCodec();

  long total(JsonObject response) {
    return response
        .getAsJsonObject("hits")
        .getAsJsonObject("total")
        .get("value")
        .getAsLong();
  }

  JsonArray hitArray(JsonObject response) {
    return response.getAsJsonObject("hits").getAsJsonArray("hits");
  }

  List<Hit> hits(JsonObject response, boolean withSnippets) {
    List<Hit> hits = new ArrayList<>();
    for (JsonElement e : hitArray(response)) hits.add(hit(e.getAsJsonObject(), withSnippets));
    return hits;
  }

  Hit hit(JsonObject hit, boolean withSnippet) {
    Article a = article(hit.getAsJsonObject("_source"));
    return Hit.of(a, withSnippet ? snippet(hit.getAsJsonObject("highlight"), a.title()) : null);
  }

  Article article(JsonObject source) {
    return codec.decode(
        source.get(Fields.ARTICLE).toString(),
        string(source, Fields.TITLE),
        string(source, Fields.BODY));
  }

  /** As the Lucene back end chooses: body passages with a match, else a title with one, else the body's opening. */
  private static String snippet(JsonObject highlight, String title) {
    List<String> body = marked(highlight, Fields.BODY_FIELDS);
    List<String> titles = marked(highlight, Fields.TITLE_FIELDS);
    if (body.isEmpty()) body = fragments(highlight, Fields.BODY);
    if (titles.isEmpty()) titles = fragments(highlight, Fields.TITLE);
    boolean bodyMatched = body.stream().anyMatch(s -> s.contains("<mark>"));
    boolean titleMatched = titles.stream().anyMatch(s -> s.contains("<mark>"));
    if (!bodyMatched && titleMatched) return oneLine(titles.get(0));
    if (!body.isEmpty()) return oneLine(String.join(ELLIPSIS, body));
    return title == null ? "" : Html.escape(title);
  }

  /** The fragments of the first of {@code fields} (English first) with a match, or none. */
  private static List<String> marked(JsonObject highlight, List<String> fields) {
    for (String field : fields) {
      List<String> f = fragments(highlight, field);
      if (f.stream().anyMatch(s -> s.contains("<mark>"))) return f;
    }
    return List.of();
  }

  private static List<String> fragments(JsonObject highlight, String field) {
    List<String> out = new ArrayList<>();
    if (highlight == null || !highlight.has(field)) return out;
    for (JsonElement e : highlight.getAsJsonArray(field)) out.add(e.getAsString());
    return out;
  }

  /**
   * OpenSearch's HTML encoder also escapes '/' and writes the apostrophe in hex; the Lucene back end's
   * {@link Html} does neither. Both forms can only come from the encoder (a literal "&#x2F;" in the
   * text arrives as "&amp;#x2F;"), so mapping them gives both back ends the same snippets.
   */
  private static String oneLine(String s) {
    return s.replace("&#x2F;", "/")
        .replace("&#x27;", "&#39;")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** The requested dimensions in the API's order: months in time order with unknown last, the rest by count. */
  Map<String, List<FacetValue>> facets(JsonObject response, Iterable<String> requested) {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    JsonObject aggs = response.getAsJsonObject("aggregations");
    if (aggs == null) return out;
    for (String dim : FieldCatalog.FACET_DIMENSIONS) {
      if (!aggs.has(dim)) continue;
      JsonObject agg = aggs.getAsJsonObject(dim);
      out.put(
          dim,
          FieldCatalog.get(dim).facet() == FieldSpec.Facet.MONTHS
              ? months(agg)
              : buckets(agg.getAsJsonObject(SearchBody.VALUES), "key"));
    }
    return out;
  }

  private static List<FacetValue> months(JsonObject agg) {
    List<FacetValue> values = buckets(agg.getAsJsonObject(SearchBody.MONTHS), "key_as_string");
    JsonObject unknown = agg.getAsJsonObject(SearchBody.UNKNOWN);
    long count = unknown.get("doc_count").getAsLong();
    if (count > 0) values.add(new FacetValue(Fields.UNKNOWN_MONTH, count, stories(unknown)));
    return values;
  }

  /** Distinct stories among all matches (every filter applied). */
  Long totalStories(JsonObject response) {
    JsonObject aggs = response.getAsJsonObject("aggregations");
    if (aggs == null || !aggs.has(SearchBody.ALL_STORIES)) return null;
    return stories(aggs.getAsJsonObject(SearchBody.ALL_STORIES));
  }

  /** A bucket's distinct copy groups; null when the response did not count them. */
  private static Long stories(JsonObject bucket) {
    JsonObject s = bucket.getAsJsonObject(SearchBody.STORIES);
    return s == null ? null : s.get("value").getAsLong();
  }

  private static List<FacetValue> buckets(JsonObject agg, String keyName) {
    List<FacetValue> values = new ArrayList<>();
    for (JsonElement e : agg.getAsJsonArray("buckets")) {
      JsonObject b = e.getAsJsonObject();
      long count = b.get("doc_count").getAsLong();
      if (count > 0) values.add(new FacetValue(b.get(keyName).getAsString(), count, stories(b)));
    }
    return values;
  }

  private static String string(JsonObject o, String field) {
    JsonElement e = o.get(field);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }
}
