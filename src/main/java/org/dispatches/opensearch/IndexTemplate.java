package org.dispatches.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import org.dispatches.extract.FigureKind;
import org.dispatches.extract.Invisibles;
import org.dispatches.index.Fields;
import org.dispatches.index.TextAnalysis;

/**
 * The OpenSearch index settings and mapping equivalent to the Lucene schema ({@code Fields},
 * {@code ArticleDocuments}, {@code TextAnalysis}), and creating or replacing the index with them.
 */
public final class IndexTemplate {
  /** The analyzer of title and body: {@code TextAnalysis.EnglishText} rebuilt from OpenSearch's parts. */
  static final String ENGLISH = "dispatches_english";

  private IndexTemplate() {}

  /** Creates the index unless it exists; with {@code replace}, deletes it first. Returns whether it was created. */
  public static boolean ensure(ClusterHttp http, ClusterSettings settings, boolean replace) throws IOException {
    String path = "/" + settings.index();
    if (replace) {
      ClusterHttp.Reply deleted = http.send("DELETE", path, null);
      if (!deleted.ok() && deleted.status() != 404) throw new ClusterException("deleting " + path, deleted.status(), deleted.reason());
    } else if (http.send("HEAD", path, null).ok()) {
      return false;
    }
    http.expectOk("PUT", path, body(settings));
    return true;
  }

  /** The request body that creates the index. */
  static JsonObject body(ClusterSettings settings) {
    JsonObject index = new JsonObject();
    index.addProperty("number_of_shards", settings.shards());
    if (settings.replicas() == null) index.addProperty("auto_expand_replicas", "0-1");
    else index.addProperty("number_of_replicas", settings.replicas());
    index.addProperty("max_result_window", org.dispatches.search.SearchService.MAX_DEPTH);
    JsonObject s = new JsonObject();
    s.add("index", index);
    s.add("analysis", analysis());
    JsonObject body = new JsonObject();
    body.add("settings", s);
    body.add("mappings", mappings());
    return body;
  }

  /**
   * Same steps as EnglishText: invisible characters removed, standard tokens, possessives dropped,
   * lower case, diacritics folded, the same English stop words as the Lucene index (sent as a list, so they are the
   * very set the Lucene back end uses), Porter stems.
   */
  private static JsonObject analysis() {
    JsonObject invisibles = new JsonObject();
    invisibles.addProperty("type", "pattern_replace");
    invisibles.addProperty("pattern", Invisibles.PATTERN.pattern());
    invisibles.addProperty("replacement", "");
    JsonObject possessive = new JsonObject();
    possessive.addProperty("type", "stemmer");
    possessive.addProperty("language", "possessive_english");
    JsonObject stop = new JsonObject();
    stop.addProperty("type", "stop");
    JsonArray words = new JsonArray();
    for (Object w : TextAnalysis.ENGLISH_STOP_WORDS) words.add(new String((char[]) w));
    stop.add("stopwords", words);
    JsonObject analyzer = new JsonObject();
    analyzer.addProperty("type", "custom");
    analyzer.add("char_filter", strings("dispatches_invisibles"));
    analyzer.addProperty("tokenizer", "standard");
    analyzer.add("filter", strings("dispatches_possessive", "lowercase", "asciifolding", "dispatches_stop", "porter_stem"));
    JsonObject analysis = new JsonObject();
    analysis.add("char_filter", single("dispatches_invisibles", invisibles));
    analysis.add("filter", pair("dispatches_possessive", possessive, "dispatches_stop", stop));
    analysis.add("analyzer", single(ENGLISH, analyzer));
    return analysis;
  }

  private static JsonObject mappings() {
    JsonObject p = new JsonObject();
    p.add(Fields.ID, keyword());
    p.add(Fields.TITLE, text());
    p.add(Fields.BODY, text());
    p.add(Fields.LANGUAGE, keyword());
    // the extracted article as JSON, kept in _source only: hits are rebuilt from it as from Lucene's stored field
    JsonObject article = new JsonObject();
    article.addProperty("type", "object");
    article.addProperty("enabled", false);
    p.add(Fields.ARTICLE, article);
    // normalized names for outlet:/actor: queries; the names as written for filters and facets
    for (String f : new String[] {Fields.OUTLET, Fields.ACTOR, Fields.SOURCE}) p.add(f, keyword());
    for (String dim : new String[] {Fields.FACET_OUTLET, Fields.FACET_ACTOR, Fields.FACET_FIGURE,
        Fields.FACET_SOURCE, Fields.FACET_ATTRIBUTION, Fields.FACET_WIRE}) {
      p.add(ClusterFields.facet(dim), keyword());
    }
    JsonObject date = new JsonObject();
    date.addProperty("type", "date");
    date.addProperty("format", "strict_date");
    p.add(Fields.DATE, date);
    for (FigureKind kind : FigureKind.values()) p.add(Fields.figure(kind), type("long"));
    // copy groups as the Lucene index keeps them: the key to collapse on and count stories by, the
    // member flag, the similarity (shown only) and the signature the copy table is rebuilt from
    p.add(Fields.COPY_GROUP, keyword());
    p.add(Fields.COPY_MEMBER, type("boolean"));
    JsonObject similarity = type("float");
    similarity.addProperty("index", false);
    p.add(Fields.COPY_SIMILARITY, similarity);
    p.add(Fields.COPY_SIGNATURE, type("binary"));
    JsonObject m = new JsonObject();
    // an unexpected field is an error to see, not a guess at its type
    m.addProperty("dynamic", "strict");
    m.add("properties", p);
    return m;
  }

  /** Analyzed like Lucene's title and body, with offsets in the postings for the highlighter. */
  private static JsonObject text() {
    JsonObject t = type("text");
    t.addProperty("analyzer", ENGLISH);
    t.addProperty("index_options", "offsets");
    return t;
  }

  private static JsonObject keyword() {
    return type("keyword");
  }

  private static JsonObject type(String type) {
    JsonObject o = new JsonObject();
    o.addProperty("type", type);
    return o;
  }

  private static JsonArray strings(String... values) {
    JsonArray a = new JsonArray();
    for (String v : values) a.add(v);
    return a;
  }

  private static JsonObject single(String name, JsonObject value) {
    JsonObject o = new JsonObject();
    o.add(name, value);
    return o;
  }

  private static JsonObject pair(String n1, JsonObject v1, String n2, JsonObject v2) {
    JsonObject o = single(n1, v1);
    o.add(n2, v2);
    return o;
  }
}
