package org.dispatches.opensearch;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dispatches.api.Suggestion;
import org.dispatches.extract.text.NameNormalizer;
import org.dispatches.index.FieldCatalog;

/**
 * Actor and outlet names with their report counts, from two terms aggregations, matched against
 * what the user typed by the same rules as the Lucene back end's suggestions.
 */
final class NameSuggestions {
  private static final int PER_DIMENSION = 5_000;
  private final ClusterHttp http;
  private final String index;

  NameSuggestions(ClusterHttp http, String index) {
    this.http = http;
    this.index = index;
  }

  /** Names starting with the text come first, then names containing it; an alias match adds its actor. */
  List<Suggestion> matching(String text, String canonicalActor, int limit) throws IOException {
    String q = text == null ? "" : NameNormalizer.normalize(text);
    if (q.isEmpty()) return List.of();
    String canonical = NameNormalizer.normalize(canonicalActor);
    List<Suggestion> prefix = new ArrayList<>();
    List<Suggestion> inner = new ArrayList<>();
    for (Suggestion s : names()) {
      String name = NameNormalizer.normalize(s.value());
      if (name.startsWith(q) || name.contains(" " + q) || name.equals(canonical)) prefix.add(s);
      else if (name.contains(q)) inner.add(s);
    }
    prefix.addAll(inner);
    return prefix.size() > limit ? prefix.subList(0, limit) : prefix;
  }

  private List<Suggestion> names() throws IOException {
    JsonObject aggs = new JsonObject();
    for (String dim : FieldCatalog.SUGGESTED) {
      JsonObject terms = new JsonObject();
      terms.addProperty("field", ClusterFields.facet(dim));
      terms.addProperty("size", PER_DIMENSION);
      aggs.add(dim, QueryDsl.named("terms", terms));
    }
    JsonObject body = new JsonObject();
    body.addProperty("size", 0);
    body.add("aggs", aggs);
    JsonObject response =
        http.expectOk("POST", "/" + index + "/_search", body).getAsJsonObject("aggregations");
    List<Suggestion> all = new ArrayList<>();
    for (String dim : FieldCatalog.SUGGESTED) {
      for (JsonElement b : response.getAsJsonObject(dim).getAsJsonArray("buckets")) {
        JsonObject bucket = b.getAsJsonObject();
        all.add(new Suggestion(
            bucket.get("key").getAsString(), dim, bucket.get("doc_count").getAsLong()));
      }
    }
    all.sort(Comparator.comparingLong((Suggestion s) -> -s.count()));
    return all;
  }
}
