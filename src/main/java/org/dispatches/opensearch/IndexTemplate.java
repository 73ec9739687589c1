package org.dispatches.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.dispatches.extract.text.Invisibles;
import org.dispatches.index.FieldCatalog;
import org.dispatches.index.FieldSpec;
import org.dispatches.index.Fields;
import org.dispatches.index.TextAnalysis;

/**
 * The OpenSearch index settings and mapping equivalent to the Lucene schema (each field of {@code
 * FieldCatalog} by its kind; the analyzers of {@code TextAnalysis}), and creating or replacing the
 * index with them.
 */
public final class IndexTemplate {
  /** The analyzer of title and body: {@code TextAnalysis.EnglishText} rebuilt from OpenSearch's parts. */
  static final String ENGLISH = "dispatches_english";
  /** The analyzer of the exact-word fields: {@code TextAnalysis.ExactText}, without stop words and stems. */
  static final String EXACT = "dispatches_exact";
  /** The analyzers of the language fields ({@code Fields.LANGUAGE_TEXT}): {@code index/LanguageText} rebuilt likewise. */
  static final java.util.Map<String, String> LANGUAGE_ANALYZERS = java.util.Map.of(
      "ar", "dispatches_arabic", "he", "dispatches_hebrew", "fr", "dispatches_french");

  private IndexTemplate() {}

  /** Creates the index unless it exists; with {@code replace}, deletes it first. Returns whether it was created. */
  public static boolean ensure(ClusterHttp http, ClusterSettings settings, boolean replace)
      throws IOException {
    String path = "/" + settings.index();
    if (replace) {
      ClusterHttp.Reply deleted = http.send("DELETE", path, null);
      if (!deleted.ok() && deleted.status() != 404)
        throw new ClusterException("deleting " + path, deleted.status(), deleted.reason());
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
    index.addProperty("max_result_window", org.dispatches.api.SearchLimits.MAX_DEPTH);
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
    analyzer.add(
        "filter",
        strings(
            "dispatches_possessive",
            "lowercase",
            "asciifolding",
            "dispatches_stop",
            "porter_stem"));
    JsonObject exact = new JsonObject();
    exact.addProperty("type", "custom");
    exact.add("char_filter", strings("dispatches_invisibles"));
    exact.addProperty("tokenizer", "standard");
    exact.add("filter", strings("dispatches_possessive", "lowercase", "asciifolding"));
    JsonObject analysis = new JsonObject();
    JsonObject charFilters = single("dispatches_invisibles", invisibles);
    JsonObject filters = pair("dispatches_possessive", possessive, "dispatches_stop", stop);
    JsonObject analyzers = pair(ENGLISH, analyzer, EXACT, exact);
    languageAnalysis(charFilters, filters, analyzers);
    analysis.add("char_filter", charFilters);
    analysis.add("filter", filters);
    analysis.add("analyzer", analyzers);
    return analysis;
  }

  /**
   * The steps of {@code LanguageText}'s Arabic, Hebrew and French analyzers, in the same order and
   * with the very stop words and articles Lucene's classes hold (sent as lists), after the same
   * removal of invisible characters.
   */
  private static void languageAnalysis(
      JsonObject charFilters, JsonObject filters, JsonObject analyzers) {
    JsonObject points = new JsonObject();
    points.addProperty("type", "pattern_replace");
    points.addProperty("pattern", "[\\u0591-\\u05BD\\u05BF\\u05C1\\u05C2\\u05C4\\u05C5\\u05C7]");
    points.addProperty("replacement", "");
    charFilters.add("dispatches_hebrew_points", points);
    JsonObject finals = new JsonObject();
    finals.addProperty("type", "mapping");
    finals.add("mappings", strings("ך=>כ", "ם=>מ", "ן=>נ", "ף=>פ", "ץ=>צ"));
    charFilters.add("dispatches_hebrew_finals", finals);
    filters.add("dispatches_arabic_stop", stopList(ArabicAnalyzer.getDefaultStopSet()));
    filters.add("dispatches_french_stop", stopList(FrenchAnalyzer.getDefaultStopSet()));
    JsonObject elision = new JsonObject();
    elision.addProperty("type", "elision");
    elision.addProperty("articles_case", true);
    elision.add("articles", words(FrenchAnalyzer.DEFAULT_ARTICLES));
    filters.add("dispatches_elision", elision);
    JsonObject lightFrench = new JsonObject();
    lightFrench.addProperty("type", "stemmer");
    lightFrench.addProperty("language", "light_french");
    filters.add("dispatches_french_stem", lightFrench);
    analyzers.add(
        LANGUAGE_ANALYZERS.get("ar"),
        custom(
            strings("dispatches_invisibles"),
            strings(
                "lowercase",
                "decimal_digit",
                "dispatches_arabic_stop",
                "arabic_normalization",
                "arabic_stem")));
    analyzers.add(
        LANGUAGE_ANALYZERS.get("he"),
        custom(
            strings(
                "dispatches_invisibles", "dispatches_hebrew_points", "dispatches_hebrew_finals"),
            strings("lowercase")));
    analyzers.add(
        LANGUAGE_ANALYZERS.get("fr"),
        custom(
            strings("dispatches_invisibles"),
            strings(
                "dispatches_elision",
                "lowercase",
                "dispatches_french_stop",
                "dispatches_french_stem",
                "asciifolding")));
  }

  private static JsonObject custom(JsonArray charFilters, JsonArray filters) {
    JsonObject analyzer = new JsonObject();
    analyzer.addProperty("type", "custom");
    analyzer.add("char_filter", charFilters);
    analyzer.addProperty("tokenizer", "standard");
    analyzer.add("filter", filters);
    return analyzer;
  }

  private static JsonObject stopList(CharArraySet set) {
    JsonObject stop = new JsonObject();
    stop.addProperty("type", "stop");
    stop.add("stopwords", words(set));
    return stop;
  }

  private static JsonArray words(CharArraySet set) {
    JsonArray words = new JsonArray();
    for (Object w : set) words.add(new String((char[]) w));
    return words;
  }

  /**
   * Every field of the catalogue mapped by its kind; a facet dimension's values as written also go
   * into its keyword {@code facet_} field (Lucene keeps them in facet doc values), except the months,
   * which are a histogram of the date.
   */
  private static JsonObject mappings() {
    JsonObject p = new JsonObject();
    for (FieldSpec f : FieldCatalog.ALL) {
      JsonObject mapping = mapping(f);
      if (mapping != null) p.add(f.name(), mapping);
      if (f.faceted() && f.facet() != FieldSpec.Facet.MONTHS)
        p.add(ClusterFields.facet(f.name()), keyword());
    }
    JsonObject m = new JsonObject();
    // an unexpected field is an error to see, not a guess at its type
    m.addProperty("dynamic", "strict");
    m.add("properties", p);
    return m;
  }

  /** The mapping of one field as the Lucene schema indexes it; null for a field only its facet holds, or only Lucene. */
  private static JsonObject mapping(FieldSpec f) {
    return switch (f.kind()) {
      case ID, KEYWORD -> keyword();
      case TEXT -> text(Fields.EXACT_OF.get(f.name()));
      case EXACT_TEXT -> exactText();
      case LANGUAGE_TEXT -> languageText(LANGUAGE_ANALYZERS.get(f.language()));
      case DATE -> {
        JsonObject date = type("date");
        date.addProperty("format", "strict_date");
        yield date;
      }
      case NUMBER -> type("long");
      // OpenSearch scores title and body itself
      case FACET, RANKED_TEXT -> null;
      case STORED_JSON -> {
        // kept in _source only: hits are rebuilt from it as from Lucene's stored field
        JsonObject object = type("object");
        object.addProperty("enabled", false);
        yield object;
      }
      case FLAG -> type("boolean");
      case STORED_NUMBER -> {
        JsonObject number = type("float");
        number.addProperty("index", false);
        yield number;
      }
      case BINARY -> type("binary");
    };
  }

  /** Analyzed like Lucene's title and body, with offsets in the postings for the highlighter, copied to {@code exact}. */
  private static JsonObject text(String exact) {
    JsonObject t = type("text");
    t.addProperty("analyzer", ENGLISH);
    t.addProperty("index_options", "offsets");
    t.addProperty("copy_to", exact);
    return t;
  }

  /** A language's title or body: its own analysis, offsets for the highlighter. */
  private static JsonObject languageText(String analyzer) {
    JsonObject t = type("text");
    t.addProperty("analyzer", analyzer);
    t.addProperty("index_options", "offsets");
    return t;
  }

  /** The words as written, like Lucene's exact-word fields: positions, no offsets, not in {@code _source}. */
  private static JsonObject exactText() {
    JsonObject t = type("text");
    t.addProperty("analyzer", EXACT);
    t.addProperty("index_options", "positions");
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
