package org.dispatches.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dispatches.extract.figures.FigureKind;
import org.dispatches.index.FieldSpec.Aliases;
import org.dispatches.index.FieldSpec.Facet;
import org.dispatches.index.FieldSpec.Key;
import org.dispatches.index.FieldSpec.Kind;
import org.dispatches.index.FieldSpec.QueryUse;

/**
 * Every field of the index once, with its rules ({@link FieldSpec}). The Lucene document, the
 * OpenSearch mapping and document, the query parser, the filters, the facets and the analysis per
 * field all read them from here: changing how a field is matched means changing its line here.
 * Facet dimensions are listed in the order of this catalogue, which is the order the API gives them.
 */
public final class FieldCatalog {
  /** Every field, in the order the API lists facet dimensions and the query error lists fields. */
  public static final List<FieldSpec> ALL = build();

  private static final Map<String, FieldSpec> BY_NAME = byName();

  /** Every facet dimension, in the order the API lists them. */
  public static final List<String> FACET_DIMENSIONS =
      ALL.stream().filter(FieldSpec::faceted).map(FieldSpec::name).toList();

  /** The facet dimensions whose values the search box suggests as names. */
  public static final List<String> SUGGESTED =
      ALL.stream().filter(FieldSpec::suggested).map(FieldSpec::name).toList();

  private FieldCatalog() {}

  private static List<FieldSpec> build() {
    List<FieldSpec> all = new ArrayList<>();
    all.add(FieldSpec.of(Fields.ID, Kind.ID));
    // words: plain query words search title and body (and each language's pair); a title match
    // counts twice a body match
    all.add(FieldSpec.of(Fields.TITLE, Kind.TEXT).boost(2f).query(QueryUse.LISTED));
    all.add(FieldSpec.of(Fields.BODY, Kind.TEXT).query(QueryUse.LISTED));
    all.add(FieldSpec.of(Fields.TITLE_EXACT, Kind.EXACT_TEXT).boost(2f).query(QueryUse.ACCEPTED));
    all.add(FieldSpec.of(Fields.BODY_EXACT, Kind.EXACT_TEXT).query(QueryUse.ACCEPTED));
    // what plain words are scored on: never typed, read from the two above
    all.add(FieldSpec.of(Fields.RANKED, Kind.RANKED_TEXT));
    new TreeMap<>(Fields.LANGUAGE_TEXT).forEach((code, pair) -> {
      all.add(FieldSpec.of(pair.title(), Kind.LANGUAGE_TEXT)
          .language(code)
          .boost(2f)
          .query(QueryUse.ACCEPTED));
      all.add(
          FieldSpec.of(pair.body(), Kind.LANGUAGE_TEXT).language(code).query(QueryUse.ACCEPTED));
    });
    // names: a user types them in any case and by any alias; the facet shows them as written
    all.add(FieldSpec.of(Fields.OUTLET, Kind.KEYWORD)
        .key(Key.OUTLET, Aliases.OUTLETS)
        .query(QueryUse.LISTED)
        .filter("outlet")
        .facet(Facet.ONE, Fields.UNKNOWN_OUTLET)
        .asSuggestion());
    all.add(FieldSpec.of(Fields.ACTOR, Kind.KEYWORD)
        .key(Key.NAME, Aliases.ACTORS)
        .query(QueryUse.LISTED)
        .filter("actor")
        .facet(Facet.MANY, null)
        .asSuggestion());
    all.add(FieldSpec.of(Fields.DATE, Kind.DATE)
        .query(QueryUse.LISTED)
        .facet(Facet.MONTHS, Fields.UNKNOWN_MONTH));
    // the kinds of figure a report states as fact, by their ids ("killed"), in any case
    all.add(FieldSpec.of(Fields.FACET_FIGURE, Kind.FACET)
        .key(Key.LOWER_CASE, Aliases.NONE)
        .filter("figure")
        .facet(Facet.MANY, null));
    // the media a report quotes are outlets of the outlet table, typed by any of its names; the key
    // stays the plain normalized name, which indexes built before this catalogue hold
    all.add(FieldSpec.of(Fields.SOURCE, Kind.KEYWORD)
        .key(Key.NAME, Aliases.OUTLETS)
        .query(QueryUse.LISTED)
        .filter("source")
        .facet(Facet.MANY, null));
    all.add(FieldSpec.of(Fields.FACET_ATTRIBUTION, Kind.FACET).facet(Facet.MANY, null));
    // the wire services a report is copy of; the request reads any name of a wire as its facet
    // value (WireSources.named), so the value is looked up as is
    all.add(FieldSpec.of(Fields.FACET_WIRE, Kind.FACET).filter("wire").facet(Facet.MANY, null));
    // figures: killed:>30000 holds stated figures only, killed_any:>30000 every claim of the kind
    for (FigureKind k : FigureKind.values())
      all.add(FieldSpec.of(Fields.figure(k), Kind.NUMBER).query(QueryUse.LISTED));
    for (FigureKind k : FigureKind.values())
      all.add(FieldSpec.of(Fields.figureAny(k), Kind.NUMBER).query(QueryUse.LISTED));
    all.add(FieldSpec.of(Fields.LANGUAGE, Kind.KEYWORD).query(QueryUse.ACCEPTED));
    all.add(FieldSpec.of(Fields.ARTICLE, Kind.STORED_JSON));
    all.add(FieldSpec.of(Fields.COPY_GROUP, Kind.KEYWORD));
    all.add(FieldSpec.of(Fields.COPY_MEMBER, Kind.FLAG));
    all.add(FieldSpec.of(Fields.COPY_SIMILARITY, Kind.STORED_NUMBER));
    all.add(FieldSpec.of(Fields.COPY_SIGNATURE, Kind.BINARY));
    return List.copyOf(all);
  }

  private static Map<String, FieldSpec> byName() {
    Map<String, FieldSpec> map = new LinkedHashMap<>();
    for (FieldSpec f : ALL) {
      if (map.put(f.name(), f) != null)
        throw new IllegalStateException("two fields are named " + f.name());
    }
    return Map.copyOf(map);
  }

  /** The field named {@code name}, if the index has one. */
  public static Optional<FieldSpec> find(String name) {
    return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
  }

  /** The field named {@code name}; a name no field has is a programming error. */
  public static FieldSpec get(String name) {
    FieldSpec f = BY_NAME.get(name);
    if (f == null) throw new IllegalArgumentException("no field is named " + name);
    return f;
  }

  /** The fields of one kind, in catalogue order. */
  public static List<FieldSpec> ofKind(Kind kind) {
    return ALL.stream().filter(f -> f.kind() == kind).toList();
  }

  /** The fields a search request filters on by value (the date range aside), in catalogue order. */
  public static List<FieldSpec> filters() {
    return ALL.stream().filter(f -> f.filter() != null).toList();
  }

  /** The facet dimensions, in the order the API lists them. */
  public static List<FieldSpec> facets() {
    return ALL.stream().filter(FieldSpec::faceted).toList();
  }

  /** The fields a query may name, listed ones first (the order the error for an unknown field gives). */
  public static List<String> queryFields(QueryUse use) {
    return ALL.stream().filter(f -> f.query() == use).map(FieldSpec::name).toList();
  }
}
