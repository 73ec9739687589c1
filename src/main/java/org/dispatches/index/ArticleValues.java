package org.dispatches.index;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dispatches.extract.Article;
import org.dispatches.extract.WireSources;
import org.dispatches.extract.actors.ActorMention;
import org.dispatches.extract.figures.Figure;
import org.dispatches.extract.figures.FigureKind;

/**
 * What one report puts in each field of {@link FieldCatalog}, decided once for both engines: the
 * Lucene document ({@link ArticleDocuments}) and the OpenSearch document write these values each in
 * their own form. Names are kept as the report gives them (canonical); {@link #terms} applies the
 * field's key, the same function the query parser and the filters apply to what a user types.
 */
public final class ArticleValues {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, List<String>> names = new HashMap<>();
  private final Map<String, List<String>> facetValues = new HashMap<>();
  private final Map<String, List<Long>> numbers = new HashMap<>();

  private ArticleValues() {}

  public static ArticleValues of(Article a) {
    ArticleValues v = new ArticleValues();
    String title = a.title() == null ? "" : a.title();
    String body = a.body() == null ? "" : a.body();
    v.texts.put(Fields.ID, a.id());
    v.texts.put(Fields.TITLE, title);
    v.texts.put(Fields.BODY, body);
    v.texts.put(Fields.TITLE_EXACT, title);
    v.texts.put(Fields.BODY_EXACT, body);
    // a report in a language with its own analysis also goes into that language's fields; title and
    // body keep the English analysis
    Fields.TextFields own = a.language() == null ? null : Fields.LANGUAGE_TEXT.get(a.language());
    if (own != null) {
      v.texts.put(own.title(), title);
      v.texts.put(own.body(), body);
    }
    v.names.put(Fields.LANGUAGE, List.of(a.language() == null ? "" : a.language()));
    if (a.outlet() != null && !a.outlet().isBlank()) {
      v.names.put(Fields.OUTLET, List.of(a.outlet()));
      v.facetValues.put(Fields.OUTLET, List.of(a.outlet()));
    }
    // every actor is searchable with actor:, but only the gazetteer's own are facet values: a name
    // the text merely presents as an actor may be a misreading, and a facet lists it as fact
    v.names.put(Fields.ACTOR, a.actors().stream().map(ActorMention::name).toList());
    v.facetValues.put(
        Fields.ACTOR,
        a.actors().stream()
            .filter(ActorMention::verified)
            .map(ActorMention::name)
            .toList());
    List<String> sources = List.copyOf(new LinkedHashSet<>(a.sources()));
    v.names.put(Fields.SOURCE, sources);
    v.facetValues.put(Fields.SOURCE, sources);
    v.facetValues.put(Fields.FACET_WIRE, List.copyOf(WireSources.of(a)));
    if (a.date() != null && a.date().known()) {
      v.numbers.put(Fields.DATE, List.of(a.date().date().toEpochDay()));
      v.facetValues.put(Fields.DATE, List.of(MONTH.format(a.date().date())));
    }
    v.addFigures(a);
    return v;
  }

  /**
   * Only a figure the text states as fact answers {@code killed:>N} and counts in the figure facet;
   * every figure answers {@code killed_any:>N}; the attribution facet holds whom figures are
   * attributed to.
   */
  private void addFigures(Article a) {
    Set<String> kinds = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    for (Figure f : a.figures()) {
      FigureKind kind = FigureKind.fromId(f.kind());
      if (kind == null) continue;
      if (f.stated()) {
        numbers.computeIfAbsent(Fields.figure(kind), k -> new ArrayList<>()).add(f.value());
        kinds.add(kind.id());
      }
      numbers.computeIfAbsent(Fields.figureAny(kind), k -> new ArrayList<>()).add(f.value());
      if (f.source() != null && !f.source().isBlank()) sources.add(f.source());
    }
    facetValues.put(Fields.FACET_FIGURE, List.copyOf(kinds));
    facetValues.put(Fields.FACET_ATTRIBUTION, List.copyOf(sources));
  }

  /** The text of the id or of a text field; null for a language field of a report in another language. */
  public String text(FieldSpec field) {
    return texts.get(field.name());
  }

  /** The terms a keyword field indexes: each value through the field's key. */
  public List<String> terms(FieldSpec field) {
    return names.getOrDefault(field.name(), List.of()).stream().map(field::term).toList();
  }

  /** The facet values of a dimension as written; the field's missing value when it has none. */
  public List<String> facetValues(FieldSpec field) {
    List<String> values = facetValues.getOrDefault(field.name(), List.of());
    return values.isEmpty() && field.missing() != null ? List.of(field.missing()) : values;
  }

  /** The numbers a date (epoch days) or figure field holds. */
  public List<Long> numbers(FieldSpec field) {
    return numbers.getOrDefault(field.name(), List.of());
  }
}
