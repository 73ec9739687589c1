package org.dispatches.index;

import org.dispatches.extract.figures.FigureKind;

/**
 * The name of every index field and facet dimension, with why each is indexed the way it is. The
 * rules of each field (kind, key, query use, filter, facet, mapping) are in {@link FieldCatalog}; a
 * facet dimension is counted under the name of the field it belongs to.
 */
public final class Fields {
  private Fields() {}

  /**
   * The title's words as written (lower case, diacritics folded, no stems, stop words kept),
   * positions but no offsets, not stored: wildcards, prefixes, fuzzy terms, regular expressions
   * and quoted phrases run here, so that {@code negotiat*} means words starting so and
   * {@code "what we covered here"} only that phrase. Snippets re-analyse the stored {@link #TITLE}.
   */
  public static final String TITLE_EXACT = "title_exact";
  /** The body's words as written, as {@link #TITLE_EXACT}. */
  public static final String BODY_EXACT = "body_exact";

  /**
   * The English title and body as one field that only scores plain words ({@link RankedText}):
   * stems with frequencies, no positions, nothing stored, each title word counted twice. A plain
   * word searched in title and body is one term here instead of two, so the best hits of a
   * common word are found from one list of postings rather than the union of two.
   */
  public static final String RANKED = "ranked";

  /** Exact-match key (StringField, stored): re-indexing replaces a report by it. */
  public static final String ID = "id";
  /** Analyzed text with offsets (fast highlighting), stored for snippets. */
  public static final String TITLE = "title";
  /** Analyzed body without boilerplate, offsets in postings, stored for snippets and the report view. */
  public static final String BODY = "body";
  /** Normalized canonical actor names (keyword, multi-valued): {@code actor:} queries after alias resolution. */
  public static final String ACTOR = "actor";
  /** The outlet's key (keyword): its outlet-table name normalized; {@code outlet:} queries and {@code outlet=} filters, any case, any alias. */
  public static final String OUTLET = "outlet";
  /** Normalized quoted sources (keyword, multi-valued): {@code source:} queries and {@code source=} filters, any case. */
  public static final String SOURCE = "source";
  /** ISO language code (keyword): chooses analysis, filters by language. */
  public static final String LANGUAGE = "language";
  /** Publication date as epoch day: a LongPoint for ranges, doc values of the same name for sorting. */
  public static final String DATE = "date";
  /** The extracted article minus title and body, as JSON (stored only): rebuilds hits without re-extraction. */
  public static final String ARTICLE = "article";

  /**
   * The report's copy group (index/copies): a StringField of the 16-hex-digit key (lists a group,
   * finds its first members) and numeric doc values of the same key (read per hit to collapse a
   * result list to one hit per story).
   */
  public static final String COPY_GROUP = "copy_group";
  /** "true" (StringField) on every report that joined an earlier report's group: counting stories subtracts them. */
  public static final String COPY_MEMBER = "copy_member";
  /** Resemblance to the group's first member (stored only): what a listing of copies shows. */
  public static final String COPY_SIMILARITY = "copy_similarity";
  /** The report's id key and MinHash signature (binary doc values): the copy table is rebuilt from them at open. */
  public static final String COPY_SIGNATURE = "copy_signature";

  /** Analyzed Arabic title (normalization + light stemming), stored with offsets for snippets; Arabic reports only. */
  public static final String TITLE_AR = "title_ar";
  /** Analyzed Arabic body, as {@link #TITLE_AR}. */
  public static final String BODY_AR = "body_ar";
  /** Hebrew title without niqqud, final letters normalized, stored with offsets; Hebrew reports only. */
  public static final String TITLE_HE = "title_he";
  /** Hebrew body, as {@link #TITLE_HE}. */
  public static final String BODY_HE = "body_he";
  /** French title (elision, light stemming), stored with offsets; French reports only. */
  public static final String TITLE_FR = "title_fr";
  /** French body, as {@link #TITLE_FR}. */
  public static final String BODY_FR = "body_fr";

  /** The title and body fields of a language with its own analysis, by ISO 639-1 code. */
  public static final java.util.Map<String, TextFields> LANGUAGE_TEXT = java.util.Map.of(
      "ar", new TextFields(TITLE_AR, BODY_AR),
      "he", new TextFields(TITLE_HE, BODY_HE),
      "fr", new TextFields(TITLE_FR, BODY_FR));

  /** Every title field, English first: what plain query words search (with the body fields). */
  public static final java.util.List<String> TITLE_FIELDS =
      java.util.List.of(TITLE, TITLE_AR, TITLE_HE, TITLE_FR);
  /** Every body field, English first. */
  public static final java.util.List<String> BODY_FIELDS =
      java.util.List.of(BODY, BODY_AR, BODY_HE, BODY_FR);

  /** The exact-word field of each English text field: where words as written are matched. */
  public static final java.util.Map<String, String> EXACT_OF =
      java.util.Map.of(TITLE, TITLE_EXACT, BODY, BODY_EXACT);

  /** The stored field an exact-word field's text comes from (for snippets), or the field itself. */
  public static String storedTextOf(String field) {
    if (field.equals(TITLE_EXACT)) return TITLE;
    if (field.equals(BODY_EXACT)) return BODY;
    return field;
  }

  /** The title and body field of one language. */
  public record TextFields(String title, String body) {}

  /** Facet dimension: the outlet as written. */
  public static final String FACET_OUTLET = "outlet";
  /** Facet dimension: canonical actor names (multi-valued). */
  public static final String FACET_ACTOR = "actor";
  /** Facet dimension: publication month "yyyy-MM", or {@link #UNKNOWN_MONTH}. */
  public static final String FACET_DATE = "date";
  /** Facet dimension: figure kinds the report states as fact (multi-valued), as the kinds' stated-figure fields. */
  public static final String FACET_FIGURE = "figure";
  /** Facet dimension: media and wire services the report quotes (multi-valued). */
  public static final String FACET_SOURCE = "source";
  /** Facet dimension: the canonical source the figures are attributed to ({@code Figure.source()}, multi-valued). */
  public static final String FACET_ATTRIBUTION = "attribution";
  /** Facet dimension: the wire services the report is copy of ("(Reuters) -", "The Associated Press contributed"; multi-valued). */
  public static final String FACET_WIRE = "wire";
  /** The month facet value of a report with no known publication date. */
  public static final String UNKNOWN_MONTH = "unknown";

  /** The outlet facet value of a report with no outlet: filterable like any outlet ({@code outlet=unknown}). */
  public static final String UNKNOWN_OUTLET = "unknown";

  /**
   * The LongPoint field holding a report's values of one figure kind (multi-valued): the kind's
   * own name, so that the query {@code killed:>30000} names the field directly.
   */
  public static String figure(FigureKind kind) {
    return kind.id();
  }

  /**
   * The LongPoint field holding every value of one figure kind whatever its claim type (stated,
   * projected, proposed, combined), multi-valued: {@code killed_any:>80000} finds the projections
   * and combined totals that {@code killed:>80000}, which holds stated figures only, leaves out.
   */
  public static String figureAny(FigureKind kind) {
    return kind.id() + "_any";
  }
}
