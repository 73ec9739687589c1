package org.dispatches.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.dispatches.extract.Article;
import org.dispatches.extract.actors.ActorMention;
import org.dispatches.extract.dates.PublicationDate;
import org.dispatches.extract.figures.Figure;
import org.junit.jupiter.api.Test;

class ArticleDocumentsTest {
  private final ArticleDocuments documents = new ArticleDocuments();

  private static Article article(PublicationDate date) {
    return new Article(
        "id-1",
        "Truce talks",
        "Body text.",
        "https://x.org/a",
        "Reuters",
        date,
        "en",
        List.of(
            new ActorMention("Hazem Qassem", "person", 2, true),
            new ActorMention("Hamas", "armed group", 1, true)),
        List.of(
            new Figure("killed", 33207, "more than", "Palestinians", "Gaza's health ministry", "s"),
            new Figure("hostages", 253, null, null, null, "s")),
        List.of("CNN"),
        List.of(LocalDate.of(2023, 10, 7)));
  }

  @Test
  void everyFieldIsIndexedTheWayFieldsSays() {
    Document doc = documents.toDocument(article(PublicationDate.given(LocalDate.of(2024, 4, 8))));
    assertEquals("id-1", doc.get(Fields.ID));
    assertEquals(
        IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        doc.getField(Fields.TITLE).fieldType().indexOptions());
    assertTrue(doc.getField(Fields.BODY).fieldType().stored());
    assertEquals(
        List.of("hazem qassem", "hamas"),
        Arrays.stream(doc.getFields(Fields.ACTOR))
            .map(IndexableField::stringValue)
            .toList());
    assertEquals("reuters", doc.getField(Fields.OUTLET).stringValue());
    IndexableField[] date = doc.getFields(Fields.DATE);
    assertEquals(2, date.length, "a point for ranges and doc values for sorting");
    assertTrue(Arrays.stream(date)
        .anyMatch(f -> f.numericValue() != null
            && f.numericValue().longValue() == LocalDate.of(2024, 4, 8).toEpochDay()));
    assertEquals(
        1, doc.getFields(Fields.figure(org.dispatches.extract.figures.FigureKind.KILLED)).length);
    assertNull(doc.get(Fields.figure(org.dispatches.extract.figures.FigureKind.WOUNDED)));
  }

  @Test
  void storedArticleRoundTripsWithoutDuplicatingTheBody() {
    ArticleCodec codec = new ArticleCodec();
    Article a = article(PublicationDate.given(LocalDate.of(2024, 4, 8)));
    String json = codec.encode(a);
    assertTrue(!json.contains("Body text."), json);
    assertEquals(a, codec.decode(json, a.title(), a.body()));
  }

  @Test
  void unknownDateHasNoDateFieldsAndTheUnknownMonth() {
    Document doc = documents.toDocument(article(PublicationDate.UNKNOWN));
    assertEquals(0, doc.getFields(Fields.DATE).length);
  }
}
