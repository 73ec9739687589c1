package org.dispatches.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dispatches.extract.Article;
import org.dispatches.extract.actors.ActorMention;
import org.dispatches.extract.dates.PublicationDate;
import org.dispatches.extract.figures.Figure;
import org.dispatches.index.FieldCatalog;
import org.dispatches.index.FieldSpec;
import org.junit.jupiter.api.Test;

/** The OpenSearch mapping is the field catalogue's, and the documents hold mapped fields only. */
class FieldMappingTest {
  private static JsonObject properties() {
    return IndexTemplate.body(new ClusterSettings("http://127.0.0.1:9200", "t", 1, null))
        .getAsJsonObject("mappings")
        .getAsJsonObject("properties");
  }

  @Test
  void everyCatalogueFieldIsMappedAndNothingElse() {
    Set<String> expected = new HashSet<>();
    for (FieldSpec f : FieldCatalog.ALL) {
      // facets have no field of their own; the ranked field is Lucene's way of scoring title and
      // body
      if (f.kind() != FieldSpec.Kind.FACET && f.kind() != FieldSpec.Kind.RANKED_TEXT)
        expected.add(f.name());
      if (f.faceted() && f.facet() != FieldSpec.Facet.MONTHS)
        expected.add(ClusterFields.facet(f.name()));
    }
    assertEquals(expected, properties().keySet());
    for (FieldSpec f : FieldCatalog.ofKind(FieldSpec.Kind.KEYWORD)) {
      assertEquals(
          "keyword", properties().getAsJsonObject(f.name()).get("type").getAsString(), f.name());
    }
  }

  @Test
  void aDocumentHoldsMappedFieldsOnly() {
    Article a = new Article(
        "id",
        "t",
        "b",
        null,
        "Reuters",
        PublicationDate.given(LocalDate.of(2024, 1, 1)),
        "ar",
        List.of(new ActorMention("Hamas", "armed group", 1, true)),
        List.of(new Figure("killed", 90, null, null, "Gaza health ministry", "s")),
        List.of("CNN"),
        List.of());
    JsonObject doc = new ClusterDocuments().toDocument(a);
    JsonObject mapped = properties();
    for (String field : doc.keySet()) assertTrue(mapped.has(field), field);
    assertEquals("reuters", doc.getAsJsonArray("outlet").get(0).getAsString());
    assertEquals("Reuters", doc.get(ClusterFields.facet("outlet")).getAsString());
    assertEquals("2024-01-01", doc.get("date").getAsString());
  }
}
