package org.dispatches.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.dispatches.extract.Article;
import org.dispatches.index.copies.CopyGroups;
import org.dispatches.index.copies.CopySignature;
import org.dispatches.index.copies.Membership;

/**
 * Maps an {@link Article} to the Lucene document of the schema {@link FieldCatalog} describes: each
 * field's values ({@link ArticleValues}) in the Lucene form of its kind, and its facet values.
 */
public final class ArticleDocuments {
  /** Text with offsets in the postings: the highlighter reads them instead of re-analysing. */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
  /**
   * The words as written: positions for phrases, no offsets (snippets re-analyse the stored
   * text of the few hits shown) and nothing stored, so the field costs postings only.
   */
  private static final FieldType EXACT_TEXT = exactText();

  private final FacetsConfig facetsConfig = facetsConfig();
  private final ArticleCodec codec = new ArticleCodec();

  /** The facet configuration shared by indexing and searching. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (FieldSpec f : FieldCatalog.facets()) config.setMultiValued(f.name(), f.multiValuedFacet());
    // filters look up "dimension/value" terms only: the dimension-only term Lucene also indexes by
    // default would be written for every value of every report and never read. Every dimension
    // keeps its full-path terms, months too (filtered by date points instead): all dimensions share
    // the "$facets" field, and a document whose only facet wrote no term would give that field
    // index options that clash with the next document's (Lucene then rejects the document)
    for (String dim : FieldCatalog.FACET_DIMENSIONS) {
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
    }
    return config;
  }

  public Document toDocument(Article a) {
    Document doc = new Document();
    ArticleValues values = ArticleValues.of(a);
    RankedText.Counted ranked = new RankedText.Counted();
    for (FieldSpec f : FieldCatalog.ALL) {
      addValues(doc, f, values, ranked);
      if (f.faceted()) {
        for (String v : values.facetValues(f))
          doc.add(new SortedSetDocValuesFacetField(f.name(), v));
      }
    }
    doc.add(new StoredField(Fields.ARTICLE, codec.encode(a)));
    try {
      return facetsConfig.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The field's own values as its kind indexes them (the article and the copy fields are added apart). */
  private static void addValues(
      Document doc, FieldSpec f, ArticleValues values, RankedText.Counted ranked) {
    String text = values.text(f);
    switch (f.kind()) {
      case ID -> doc.add(new StringField(f.name(), text, Field.Store.YES));
      // stored with offsets, so that the highlighter can mark the forms that matched
      // title and body count their terms for the ranked field as they are indexed
      case TEXT -> {
        int weight = f.name().equals(Fields.TITLE) ? RankedText.TITLE_WEIGHT : 1;
        if (text != null) doc.add(ranked.source(f.name(), text, TEXT_WITH_OFFSETS, weight));
      }
      case LANGUAGE_TEXT -> {
        if (text != null) doc.add(new Field(f.name(), text, TEXT_WITH_OFFSETS));
      }
      case EXACT_TEXT -> doc.add(new Field(f.name(), text, EXACT_TEXT));
      case RANKED_TEXT -> doc.add(ranked.field());
      case KEYWORD -> {
        for (String term : values.terms(f))
          doc.add(new StringField(f.name(), term, Field.Store.NO));
      }
      case DATE -> {
        // a point for ranges, doc values of the same name for sorting
        for (long day : values.numbers(f)) {
          doc.add(new LongPoint(f.name(), day));
          doc.add(new NumericDocValuesField(f.name(), day));
        }
      }
      case NUMBER -> {
        for (long n : values.numbers(f)) doc.add(new LongPoint(f.name(), n));
      }
      default -> {}
    }
  }

  /**
   * Adds what near-duplicate detection decided: the group (to collapse and list copies), whether the
   * report joined an earlier one's group (to count stories), its similarity, and the signature the
   * copy table is rebuilt from when the index opens again.
   */
  public static void addCopyFields(
      Document doc, String id, CopySignature signature, Membership membership) {
    doc.add(new StringField(Fields.COPY_GROUP, membership.groupKey(), Field.Store.NO));
    doc.add(new NumericDocValuesField(Fields.COPY_GROUP, membership.group()));
    if (!membership.first()) doc.add(new StringField(Fields.COPY_MEMBER, "true", Field.Store.NO));
    doc.add(new StoredField(Fields.COPY_SIMILARITY, (float) membership.similarity()));
    doc.add(new BinaryDocValuesField(
        Fields.COPY_SIGNATURE, new BytesRef(CopyGroups.stored(id, signature))));
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static FieldType exactText() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }
}
