package org.dispatches.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
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
import org.dispatches.extract.WireSources;
import org.dispatches.extract.actors.ActorMention;
import org.dispatches.extract.figures.Figure;
import org.dispatches.extract.figures.FigureKind;
import org.dispatches.extract.outlets.OutletTable;
import org.dispatches.extract.text.NameNormalizer;
import org.dispatches.index.copies.CopyGroups;
import org.dispatches.index.copies.CopySignature;
import org.dispatches.index.copies.Membership;

/** Maps an {@link Article} to the Lucene document of the schema that {@link Fields} names. */
public final class ArticleDocuments {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

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
    config.setMultiValued(Fields.FACET_ACTOR, true);
    config.setMultiValued(Fields.FACET_FIGURE, true);
    config.setMultiValued(Fields.FACET_SOURCE, true);
    config.setMultiValued(Fields.FACET_ATTRIBUTION, true);
    config.setMultiValued(Fields.FACET_WIRE, true);
    // filters look up "dimension/value" terms only: the dimension-only term Lucene also indexes by
    // default would be written for every value of every report and never read. Every dimension
    // keeps its full-path terms, months too (filtered by date points instead): all dimensions share
    // the "$facets" field, and a document whose only facet wrote no term would give that field
    // index options that clash with the next document's (Lucene then rejects the document)
    for (String dim : Fields.FACET_DIMENSIONS) {
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
    }
    return config;
  }

  public Document toDocument(Article a) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
    doc.add(new Field(Fields.TITLE, nullToEmpty(a.title()), TEXT_WITH_OFFSETS));
    doc.add(new Field(Fields.BODY, nullToEmpty(a.body()), TEXT_WITH_OFFSETS));
    doc.add(new Field(Fields.TITLE_EXACT, nullToEmpty(a.title()), EXACT_TEXT));
    doc.add(new Field(Fields.BODY_EXACT, nullToEmpty(a.body()), EXACT_TEXT));
    addLanguageText(doc, a);
    doc.add(new StringField(Fields.LANGUAGE, nullToEmpty(a.language()), Field.Store.NO));
    doc.add(new StoredField(Fields.ARTICLE, codec.encode(a)));
    addOutlet(doc, a.outlet());
    addDate(doc, a);
    for (ActorMention actor : a.actors()) {
      // every actor is searchable with actor:, but only the gazetteer's own are facet values: a
      // name
      // the text merely presents as an actor may be a misreading, and a facet lists it as fact
      doc.add(
          new StringField(Fields.ACTOR, NameNormalizer.normalize(actor.name()), Field.Store.NO));
      if (actor.verified())
        doc.add(new SortedSetDocValuesFacetField(Fields.FACET_ACTOR, actor.name()));
    }
    addFigures(doc, a);
    for (String source : new LinkedHashSet<>(a.sources())) {
      doc.add(new StringField(Fields.SOURCE, NameNormalizer.normalize(source), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_SOURCE, source));
    }
    for (String wire : WireSources.of(a))
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_WIRE, wire));
    try {
      return facetsConfig.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  /**
   * A report in a language with its own analysis also goes into that language's fields (stored, so
   * that the highlighter can mark the forms that matched); title and body keep the English analysis.
   */
  private static void addLanguageText(Document doc, Article a) {
    Fields.TextFields fields = a.language() == null ? null : Fields.LANGUAGE_TEXT.get(a.language());
    if (fields == null) return;
    doc.add(new Field(fields.title(), nullToEmpty(a.title()), TEXT_WITH_OFFSETS));
    doc.add(new Field(fields.body(), nullToEmpty(a.body()), TEXT_WITH_OFFSETS));
  }

  /** A report without an outlet counts as the outlet "unknown", so the facet can reach it (as undated reports, the month). */
  private static void addOutlet(Document doc, String outlet) {
    if (outlet == null || outlet.isBlank()) {
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_OUTLET, Fields.UNKNOWN_OUTLET));
      return;
    }
    doc.add(new StringField(Fields.OUTLET, OutletTable.keyOf(outlet), Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_OUTLET, outlet));
  }

  private static void addDate(Document doc, Article a) {
    if (a.date() == null || !a.date().known()) {
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_DATE, Fields.UNKNOWN_MONTH));
      return;
    }
    long day = a.date().date().toEpochDay();
    doc.add(new LongPoint(Fields.DATE, day));
    doc.add(new NumericDocValuesField(Fields.DATE, day));
    doc.add(new SortedSetDocValuesFacetField(
        Fields.FACET_DATE, MONTH.format(a.date().date())));
  }

  private static void addFigures(Document doc, Article a) {
    Set<String> kinds = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    for (Figure f : a.figures()) {
      FigureKind kind = FigureKind.fromId(f.kind());
      if (kind == null) continue;
      // only a figure the text states as fact answers killed:>N; every figure answers killed_any:>N
      if (f.stated()) {
        doc.add(new LongPoint(Fields.figure(kind), f.value()));
        kinds.add(kind.id());
      }
      doc.add(new LongPoint(Fields.figureAny(kind), f.value()));
      if (f.source() != null && !f.source().isBlank()) sources.add(f.source());
    }
    for (String k : kinds) doc.add(new SortedSetDocValuesFacetField(Fields.FACET_FIGURE, k));
    for (String s : sources) doc.add(new SortedSetDocValuesFacetField(Fields.FACET_ATTRIBUTION, s));
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

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
