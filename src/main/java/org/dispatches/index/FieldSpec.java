package org.dispatches.index;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.dispatches.extract.outlets.OutletTable;
import org.dispatches.extract.text.NameNormalizer;

/**
 * Everything the engines need to know about one field, stated once: what kind of field it is (which
 * fixes its Lucene field type, its analysis and its OpenSearch mapping), how a value becomes the term
 * indexed and looked up (the same function on documents, query terms and filter values), whether a
 * query may name it, the API filter parameter it answers and the facet it feeds. {@link
 * FieldCatalog} lists every field once; the consumers read these rules instead of restating them.
 *
 * @param name the field's name in both engines and in queries ({@link Fields} names them all); a
 *     facet is counted under the same name
 * @param language the ISO 639-1 code of a {@link Kind#LANGUAGE_TEXT} field's analysis, else null
 * @param boost how much a match in a text field weighs (a title counts twice a body); 1 otherwise
 * @param key how a value (as the report or the user gives it, after aliases) becomes the indexed term
 * @param aliases which other names a user may type for a value
 * @param query whether a query may name the field
 * @param filter the API parameter that filters on the field ({@code outlet=}), or null
 * @param facet how the field is counted as a facet dimension
 * @param missing the facet value of a report without a value (filterable like any), or null
 * @param suggested whether the search box suggests the facet's values as names
 */
public record FieldSpec(
    String name,
    Kind kind,
    String language,
    float boost,
    Key key,
    Aliases aliases,
    QueryUse query,
    String filter,
    Facet facet,
    String missing,
    boolean suggested) {

  /** What a field holds; fixes its Lucene type, its analysis and its OpenSearch mapping. */
  public enum Kind {
    /** The report's id: one exact term, stored; re-indexing replaces a report by it. */
    ID,
    /** English analysis (stems, stop words), offsets in the postings, stored for snippets. */
    TEXT,
    /** The words as written (lower case, folded, no stems), positions only, not stored. */
    EXACT_TEXT,
    /**
     * English title and body as one bag of stems, title words weighted ({@code RankedText}):
     * frequencies only, not stored; Lucene scores plain words on it. OpenSearch has no such field.
     */
    RANKED_TEXT,
    /** A language's own analysis ({@link #language}), offsets, stored; its reports only. */
    LANGUAGE_TEXT,
    /** Whole values as one term each, after {@link #key}; multi-valued; not stored. */
    KEYWORD,
    /** A publication day: a point (epoch day) for ranges, doc values for sorting, a date on OpenSearch. */
    DATE,
    /** Whole numbers (figures): long points, multi-valued. */
    NUMBER,
    /** Facet values only: no field of its own in Lucene (facet doc values), a keyword on OpenSearch. */
    FACET,
    /** The extracted article as JSON, stored only. */
    STORED_JSON,
    /** A flag, indexed as the term "true" in Lucene, a boolean on OpenSearch. */
    FLAG,
    /** A number stored only, not searchable. */
    STORED_NUMBER,
    /** Bytes kept per document (doc values), not searchable. */
    BINARY
  }

  /** How a value becomes the term that is indexed and looked up. */
  public enum Key {
    /** The value itself. */
    AS_IS(UnaryOperator.identity()),
    /** Lower case, in any script. */
    LOWER_CASE(v -> v.toLowerCase(Locale.ROOT)),
    /** {@link NameNormalizer}: lower case, diacritics and separators folded, spaces collapsed. */
    NAME(NameNormalizer::normalize),
    /** {@link OutletTable#keyOf}: a name, normalized, without a leading "the". */
    OUTLET(OutletTable::keyOf);

    private final UnaryOperator<String> rule;

    Key(UnaryOperator<String> rule) {
      this.rule = rule;
    }

    /** The term for a value already in its canonical form (after {@link Aliases}). */
    public String of(String canonicalValue) {
      return rule.apply(canonicalValue);
    }
  }

  /** The other names a user may type for a value, resolved before the {@link Key}. */
  public enum Aliases {
    NONE,
    /** The gazetteer's aliases and transliterations of actors. */
    ACTORS,
    /** The outlet table's names, aliases and site names. */
    OUTLETS
  }

  /** Whether a query may name the field ({@code actor:hamas}). */
  public enum QueryUse {
    /** Named in the README and listed in the error for an unknown field. */
    LISTED,
    /** Accepted although not listed (the exact-word and language fields). */
    ACCEPTED,
    /** Not nameable in a query. */
    NONE
  }

  /** How a field is counted as a facet dimension. */
  public enum Facet {
    NONE,
    /** One value per report. */
    ONE,
    /** Any number of values per report. */
    MANY,
    /** The publication month, with a bucket for unknown dates; counted as a histogram. */
    MONTHS
  }

  /** A field of {@code kind} that is not queried, filtered nor faceted, with its value as is. */
  static FieldSpec of(String name, Kind kind) {
    return new FieldSpec(
        name,
        kind,
        null,
        1f,
        Key.AS_IS,
        Aliases.NONE,
        QueryUse.NONE,
        null,
        Facet.NONE,
        null,
        false);
  }

  /** The term {@code canonicalValue} is indexed and looked up as. */
  public String term(String canonicalValue) {
    return key.of(canonicalValue);
  }

  /** Whether the field is a facet dimension. */
  public boolean faceted() {
    return facet != Facet.NONE;
  }

  /** Whether its facet may hold several values per report. */
  public boolean multiValuedFacet() {
    return facet == Facet.MANY;
  }

  /** Whether the field holds analyzed words (title, body and their variants). */
  public boolean text() {
    return kind == Kind.TEXT || kind == Kind.EXACT_TEXT || kind == Kind.LANGUAGE_TEXT;
  }

  FieldSpec language(String code) {
    return new FieldSpec(
        name, kind, code, boost, key, aliases, query, filter, facet, missing, suggested);
  }

  FieldSpec boost(float weight) {
    return new FieldSpec(
        name, kind, language, weight, key, aliases, query, filter, facet, missing, suggested);
  }

  FieldSpec key(Key rule, Aliases names) {
    return new FieldSpec(
        name, kind, language, boost, rule, names, query, filter, facet, missing, suggested);
  }

  FieldSpec query(QueryUse use) {
    return new FieldSpec(
        name, kind, language, boost, key, aliases, use, filter, facet, missing, suggested);
  }

  FieldSpec filter(String parameter) {
    return new FieldSpec(
        name, kind, language, boost, key, aliases, query, parameter, facet, missing, suggested);
  }

  FieldSpec facet(Facet how, String missingValue) {
    return new FieldSpec(
        name, kind, language, boost, key, aliases, query, filter, how, missingValue, suggested);
  }

  FieldSpec asSuggestion() {
    return new FieldSpec(
        name, kind, language, boost, key, aliases, query, filter, facet, missing, true);
  }
}
