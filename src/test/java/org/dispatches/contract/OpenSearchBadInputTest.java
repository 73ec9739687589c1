package org.dispatches.contract;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.index.Fields;
import org.dispatches.index.IndexProgress;
import org.dispatches.index.IndexSummary;
import org.dispatches.index.ReportIndexer;
import org.dispatches.ingest.FieldChoices;
import org.dispatches.opensearch.BulkOptions;
import org.dispatches.opensearch.ClusterHttp;
import org.dispatches.opensearch.ClusterSettings;
import org.dispatches.opensearch.OpenSearchIndexer;
import org.dispatches.testing.OpenSearchNode;
import org.junit.jupiter.api.AfterAll;

/** The bad-input suite through the OpenSearch bulk writer, on the test node (skipped when none runs). */
class OpenSearchBadInputTest extends BadInputContract {
  private ClusterHttp http;
  private String index;

  @Override
  Indexed index(Path corpus) throws Exception {
    http = OpenSearchNode.require();
    index = OpenSearchNode.uniqueIndex("bad-input");
    ClusterSettings settings = ClusterSettings.at(http.url()).withIndex(index).withLayout(1, 0);
    IndexSummary summary = new OpenSearchIndexer(
            http, settings, BulkOptions.defaults(), ArticleExtractor.withDefaults(), 2)
        .index(
            List.of(corpus),
            true,
            IndexProgress.NONE,
            ReportIndexer.readOptions(FieldChoices.NONE));
    return new Indexed(summary, storedBodies());
  }

  private Map<String, String> storedBodies() throws Exception {
    JsonObject body = new JsonObject();
    body.addProperty("size", 100);
    JsonObject fields = new JsonObject();
    var includes = new com.google.gson.JsonArray();
    includes.add(Fields.ID);
    includes.add(Fields.BODY);
    fields.add("includes", includes);
    body.add("_source", fields);
    JsonObject found = http.expectOk("POST", "/" + index + "/_search", body);
    Map<String, String> bodies = new HashMap<>();
    for (JsonElement hit : found.getAsJsonObject("hits").getAsJsonArray("hits")) {
      JsonObject source = hit.getAsJsonObject().getAsJsonObject("_source");
      bodies.put(source.get(Fields.ID).getAsString(), source.get(Fields.BODY).getAsString());
    }
    return bodies;
  }

  @AfterAll
  void deleteIndex() {
    if (http != null) OpenSearchNode.delete(http, index);
  }
}
