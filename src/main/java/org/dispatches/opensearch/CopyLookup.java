package org.dispatches.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dispatches.api.CopyInfo;
import org.dispatches.api.Hit;
import org.dispatches.index.Fields;

/**
 * Names the copies of each hit's story, as the Lucene back end does: one request for the groups of
 * a page, each group's members earliest first.
 */
final class CopyLookup {
  /** Members read per group: enough to name {@link CopyInfo#MAX_OUTLETS} other outlets. */
  private static final int MEMBERS = 50;

  private final ClusterHttp http;
  private final String index;

  CopyLookup(ClusterHttp http, String index) {
    this.http = http;
    this.index = index;
  }

  /** The hits with their copies; {@code sources} are the raw hits the groups and similarities are read from. */
  List<Hit> withCopies(List<Hit> hits, JsonArray sources) throws IOException {
    List<String> groups = new ArrayList<>();
    for (JsonElement e : sources) {
      JsonObject fields = e.getAsJsonObject().getAsJsonObject("_source");
      String group = fields != null && fields.has(Fields.COPY_GROUP)
          ? fields.get(Fields.COPY_GROUP).getAsString()
          : null;
      groups.add(group);
    }
    Map<String, List<String[]>> members = members(groups);
    List<Hit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      String group = groups.get(i);
      List<String[]> of = group == null ? null : members.get(group);
      if (of == null || of.size() < 2) {
        out.add(hit);
        continue;
      }
      Set<String> outlets = new LinkedHashSet<>();
      double sim = 1.0;
      for (String[] m : of) {
        if (m[0].equals(hit.id())) {
          sim = Double.parseDouble(m[2]);
          continue;
        }
        if (m[1] != null && outlets.size() < CopyInfo.MAX_OUTLETS) outlets.add(m[1]);
      }
      out.add(hit.withCopies(new CopyInfo(group, of.size() - 1, new ArrayList<>(outlets), sim)));
    }
    return out;
  }

  /** For each group, its members as (id, outlet, similarity), earliest first. */
  private Map<String, List<String[]>> members(List<String> groups) throws IOException {
    Map<String, List<String[]>> out = new HashMap<>();
    JsonArray keys = new JsonArray();
    new LinkedHashSet<>(groups).stream().filter(g -> g != null).forEach(keys::add);
    if (keys.isEmpty()) return out;
    JsonObject terms = new JsonObject();
    terms.add(Fields.COPY_GROUP, keys);
    JsonObject top = new JsonObject();
    top.addProperty("size", MEMBERS);
    top.add("sort", SearchBody.sort(org.dispatches.api.SortOrder.DATE_ASCENDING));
    JsonArray include = new JsonArray();
    include.add(Fields.ID);
    include.add(ClusterFields.facet(Fields.FACET_OUTLET));
    include.add(Fields.COPY_SIMILARITY);
    JsonObject source = new JsonObject();
    source.add("includes", include);
    top.add("_source", source);
    JsonObject byGroup = new JsonObject();
    byGroup.addProperty("field", Fields.COPY_GROUP);
    byGroup.addProperty("size", keys.size());
    JsonObject groupAgg = QueryDsl.named("terms", byGroup);
    JsonObject sub = new JsonObject();
    sub.add("members", QueryDsl.named("top_hits", top));
    groupAgg.add("aggs", sub);
    JsonObject aggs = new JsonObject();
    aggs.add("groups", groupAgg);
    JsonObject body = new JsonObject();
    body.add("query", QueryDsl.named("terms", terms));
    body.addProperty("size", 0);
    body.add("aggs", aggs);
    JsonObject response = http.expectOk("POST", "/" + index + "/_search", body);
    for (JsonElement b : response
        .getAsJsonObject("aggregations")
        .getAsJsonObject("groups")
        .getAsJsonArray("buckets")) {
      JsonObject bucket = b.getAsJsonObject();
      List<String[]> list = new ArrayList<>();
      for (JsonElement h :
          bucket.getAsJsonObject("members").getAsJsonObject("hits").getAsJsonArray("hits")) {
        JsonObject s = h.getAsJsonObject().getAsJsonObject("_source");
        list.add(new String[] {
          s.get(Fields.ID).getAsString(),
          s.has(ClusterFields.facet(Fields.FACET_OUTLET))
              ? s.get(ClusterFields.facet(Fields.FACET_OUTLET)).getAsString()
              : null,
          s.has(Fields.COPY_SIMILARITY) ? s.get(Fields.COPY_SIMILARITY).getAsString() : "1"
        });
      }
      // the group's size is the bucket's count, not only the members read
      while (list.size() < bucket.get("doc_count").getAsLong())
        list.add(new String[] {"", null, "1"});
      out.put(bucket.get("key").getAsString(), list);
    }
    return out;
  }
}
