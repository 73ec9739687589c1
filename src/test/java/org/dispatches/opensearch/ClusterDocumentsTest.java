package org.dispatches.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.dispatches.extract.Article;
import org.dispatches.extract.dates.PublicationDate;
import org.dispatches.extract.figures.Figure;
import org.dispatches.extract.figures.FigureKind;
import org.dispatches.index.Fields;
import org.junit.jupiter.api.Test;

/** The OpenSearch document keeps figures as the Lucene one does: stated in the kind's field, all in its _any field, sources as the facet. */
class ClusterDocumentsTest {
  @Test
  void statedAndOtherFiguresAndCanonicalSources() {
    Article a = new Article(
        "id",
        "t",
        "b",
        null,
        null,
        PublicationDate.given(LocalDate.of(2024, 1, 1)),
        "en",
        List.of(),
        List.of(
            new Figure(
                "killed",
                90000,
                null,
                null,
                "Hamas-run health ministry",
                "s",
                Figure.STATED,
                "Gaza health ministry"),
            new Figure("killed", 85000, null, null, null, "s", Figure.PROJECTED, null),
            new Figure("truce_days", 60, null, null, "Egypt", "s", Figure.PROPOSED, "Egypt")),
        List.of(),
        List.of());
    JsonObject doc = new ClusterDocuments().toDocument(a);
    assertEquals(1, doc.getAsJsonArray(Fields.figure(FigureKind.KILLED)).size());
    assertEquals(2, doc.getAsJsonArray(Fields.figureAny(FigureKind.KILLED)).size());
    assertFalse(
        doc.has(Fields.figure(FigureKind.TRUCE_DAYS)), "a proposed truce is not a stated one");
    assertEquals(1, doc.getAsJsonArray(Fields.figureAny(FigureKind.TRUCE_DAYS)).size());
    JsonArray kinds = doc.getAsJsonArray(ClusterFields.facet(Fields.FACET_FIGURE));
    assertEquals(1, kinds.size());
    JsonArray sources = doc.getAsJsonArray(ClusterFields.facet(Fields.FACET_ATTRIBUTION));
    assertTrue(
        sources.toString().contains("Gaza health ministry")
            && !sources.toString().contains("Hamas-run"),
        sources.toString());
  }

  @Test
  void theTemplateMapsEveryKindsStatedAndAnyFieldAsLong() {
    JsonObject body =
        IndexTemplate.body(new ClusterSettings("http://127.0.0.1:9200", "t", 1, null));
    String json = body.toString();
    for (FigureKind k : FigureKind.values()) {
      assertTrue(json.contains("\"" + Fields.figure(k) + "\":{\"type\":\"long\"}"), k.id());
      assertTrue(
          json.contains("\"" + Fields.figureAny(k) + "\":{\"type\":\"long\"}"),
          Fields.figureAny(k));
    }
  }
}
