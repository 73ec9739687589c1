package org.dispatches.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.Base64;
import org.dispatches.index.Fields;
import org.dispatches.index.copies.CopyGroups;

/**
 * The copy groups of a cluster index, read back when an indexing run adds to it (as the Lucene
 * writer rebuilds its table from the index): a report added later joins a group from an earlier run.
 */
final class ClusterCopyGroups {
  private static final int PAGE = 5_000;

  private ClusterCopyGroups() {}

  static CopyGroups load(ClusterHttp http, String index) throws IOException {
    CopyGroups groups = CopyGroups.empty();
    JsonObject body = new JsonObject();
    body.addProperty("size", PAGE);
    JsonArray includes = new JsonArray();
    includes.add(Fields.COPY_SIGNATURE);
    includes.add(Fields.COPY_GROUP);
    JsonObject source = new JsonObject();
    source.add("includes", includes);
    body.add("_source", source);
    JsonObject asc = new JsonObject();
    asc.addProperty("order", "asc");
    JsonArray sort = new JsonArray();
    sort.add(QueryDsl.named(Fields.ID, asc));
    body.add("sort", sort);
    while (true) {
      JsonArray hits = http.expectOk("POST", "/" + index + "/_search", body)
          .getAsJsonObject("hits")
          .getAsJsonArray("hits");
      if (hits.isEmpty()) return groups;
      for (JsonElement e : hits) {
        JsonObject s = e.getAsJsonObject().getAsJsonObject("_source");
        if (s == null || !s.has(Fields.COPY_SIGNATURE) || !s.has(Fields.COPY_GROUP)) continue;
        try {
          groups.restore(
              Base64.getDecoder().decode(s.get(Fields.COPY_SIGNATURE).getAsString()),
              CopyGroups.parse(s.get(Fields.COPY_GROUP).getAsString()));
        } catch (IllegalArgumentException unreadable) {
          // a report whose copy fields another version wrote: it stays in its group, unmatched by
          // new ones
        }
      }
      body.add("search_after", hits.get(hits.size() - 1).getAsJsonObject().get("sort"));
    }
  }
}
