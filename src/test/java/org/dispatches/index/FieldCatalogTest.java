package org.dispatches.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexableField;
import org.dispatches.api.SearchRequest;
import org.dispatches.extract.Article;
import org.dispatches.extract.actors.ActorMention;
import org.dispatches.extract.dates.PublicationDate;
import org.dispatches.extract.figures.Figure;
import org.dispatches.extract.figures.FigureKind;
import org.junit.jupiter.api.Test;

/** The catalogue names every field once, and the Lucene schema is exactly the catalogue's. */
class FieldCatalogTest {
  static Article article() {
    return new Article(
        "id-1",
        "Truce talks",
        "Body text.",
        "https://x.org/a",
        "The Associated Press",
        PublicationDate.given(LocalDate.of(2024, 4, 8)),
        "fr",
        List.of(
            new ActorMention("Hamas", "armed group", 1, true),
            new ActorMention("Michael Herzog", "person", 1, false)),
        List.of(
            new Figure("killed", 33207, "more than", "Palestinians", "Gaza's health ministry", "s"),
            new Figure("truce_days", 60, null, null, "Egypt", "s", Figure.PROPOSED, "Egypt")),
        List.of("Reuters", "Reuters"),
        List.of());
  }

  @Test
  void everyNameInFieldsIsOneCatalogueField() throws IllegalAccessException {
    for (Field f : Fields.class.getFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class) continue;
      if (f.getName().startsWith("UNKNOWN_")) continue;
      String name = (String) f.get(null);
      assertTrue(FieldCatalog.find(name).isPresent(), f.getName() + " (" + name + ")");
    }
    for (FigureKind k : FigureKind.values()) {
      assertEquals(FieldSpec.Kind.NUMBER, FieldCatalog.get(Fields.figure(k)).kind());
      assertEquals(FieldSpec.Kind.NUMBER, FieldCatalog.get(Fields.figureAny(k)).kind());
    }
  }

  @Test
  void theLuceneDocumentHoldsCatalogueFieldsOnly() {
    FacetsConfig config = ArticleDocuments.facetsConfig();
    Set<String> facetFields = new HashSet<>();
    for (String dim : FieldCatalog.FACET_DIMENSIONS)
      facetFields.add(config.getDimConfig(dim).indexFieldName);
    Document doc = new ArticleDocuments().toDocument(article());
    Set<String> written = new HashSet<>();
    for (IndexableField f : doc.getFields()) {
      written.add(f.name());
      assertTrue(
          FieldCatalog.find(f.name()).isPresent() || facetFields.contains(f.name()), f.name());
    }
    // each kind that has values in this article wrote its field
    for (String name : List.of(
        Fields.OUTLET,
        Fields.ACTOR,
        Fields.SOURCE,
        Fields.LANGUAGE,
        Fields.DATE,
        Fields.TITLE_FR,
        Fields.figure(FigureKind.KILLED),
        Fields.figureAny(FigureKind.TRUCE_DAYS))) {
      assertTrue(written.contains(name), name);
    }
  }

  @Test
  void keysAreTheSameFunctionForReportsAndForWhatUsersType() {
    ArticleValues values = ArticleValues.of(article());
    FieldSpec outlet = FieldCatalog.get(Fields.OUTLET);
    assertEquals(List.of("associated press"), values.terms(outlet));
    assertEquals(List.of("The Associated Press"), values.facetValues(outlet));
    // an unverified actor is searchable, never a facet value
    assertEquals(List.of("hamas", "michael herzog"), values.terms(FieldCatalog.get(Fields.ACTOR)));
    assertEquals(List.of("Hamas"), values.facetValues(FieldCatalog.get(Fields.ACTOR)));
    assertEquals(List.of("reuters"), values.terms(FieldCatalog.get(Fields.SOURCE)));
    assertEquals(List.of("killed"), values.facetValues(FieldCatalog.get(Fields.FACET_FIGURE)));
    assertEquals(List.of("2024-04"), values.facetValues(FieldCatalog.get(Fields.DATE)));
  }

  @Test
  void aReportWithoutAValueCountsAsTheFieldsMissingValue() {
    Article a = article();
    Article none = new Article(
        a.id(),
        a.title(),
        a.body(),
        a.url(),
        " ",
        PublicationDate.UNKNOWN,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of());
    ArticleValues values = ArticleValues.of(none);
    assertEquals(
        List.of(Fields.UNKNOWN_OUTLET), values.facetValues(FieldCatalog.get(Fields.OUTLET)));
    assertEquals(List.of(), values.terms(FieldCatalog.get(Fields.OUTLET)));
    assertEquals(List.of(Fields.UNKNOWN_MONTH), values.facetValues(FieldCatalog.get(Fields.DATE)));
    assertEquals(List.of(), values.numbers(FieldCatalog.get(Fields.DATE)));
  }

  @Test
  void everyFilterIsOneARequestCarries() {
    SearchRequest r = SearchRequest.of("");
    for (FieldSpec f : FieldCatalog.filters()) {
      assertEquals(List.of(), r.filterValues(f.filter()), f.filter());
      assertTrue(f.kind() == FieldSpec.Kind.KEYWORD || f.kind() == FieldSpec.Kind.FACET, f.name());
    }
    assertTrue(FieldCatalog.facets().stream().allMatch(FieldSpec::faceted));
  }
}
