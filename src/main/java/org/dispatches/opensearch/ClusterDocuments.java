package org.dispatches.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dispatches.extract.Article;
import org.dispatches.extract.actors.ActorMention;
import org.dispatches.extract.figures.Figure;
import org.dispatches.extract.figures.FigureKind;
import org.dispatches.extract.outlets.OutletTable;
import org.dispatches.extract.text.NameNormalizer;
import org.dispatches.index.ArticleCodec;
import org.dispatches.index.Fields;
import org.dispatches.index.copies.CopyGroups;
import org.dispatches.index.copies.CopySignature;
import org.dispatches.index.copies.Membership;

/**
 * Maps an extracted {@link Article} to the JSON document {@link IndexTemplate} describes: the same
 * values the Lucene document holds ({@code ArticleDocuments}), normalized here in Java so that both
 * back ends match exactly the same keyword terms.
 */
final class ClusterDocuments {
  private final ArticleCodec codec = new ArticleCodec();

  JsonObject toDocument(Article a) {
    JsonObject doc = new JsonObject();
    doc.addProperty(Fields.ID, a.id());
    doc.addProperty(Fields.TITLE, nullToEmpty(a.title()));
    doc.addProperty(Fields.BODY, nullToEmpty(a.body()));
    doc.addProperty(Fields.LANGUAGE, nullToEmpty(a.language()));
    // as ArticleDocuments: a report in a language with its own analysis also goes into that
    // language's fields
    Fields.TextFields language =
        a.language() == null ? null : Fields.LANGUAGE_TEXT.get(a.language());
    if (language != null) {
      doc.addProperty(language.title(), nullToEmpty(a.title()));
      doc.addProperty(language.body(), nullToEmpty(a.body()));
    }
    doc.add(Fields.ARTICLE, JsonParser.parseString(codec.encode(a)));
    if (a.outlet() != null && !a.outlet().isBlank()) {
      doc.addProperty(Fields.OUTLET, OutletTable.keyOf(a.outlet()));
      doc.addProperty(ClusterFields.facet(Fields.FACET_OUTLET), a.outlet());
    } else {
      // as ArticleDocuments: the facet reaches reports without an outlet as "unknown"
      doc.addProperty(ClusterFields.facet(Fields.FACET_OUTLET), Fields.UNKNOWN_OUTLET);
    }
    if (a.date() != null && a.date().known())
      doc.addProperty(Fields.DATE, a.date().date().toString());
    List<String> actors = a.actors().stream().map(ActorMention::name).toList();
    doc.add(Fields.ACTOR, array(actors.stream().map(NameNormalizer::normalize).toList()));
    // only the gazetteer's actors are facet values; every actor is searchable (as
    // index.ArticleDocuments)
    doc.add(
        ClusterFields.facet(Fields.FACET_ACTOR),
        array(a.actors().stream()
            .filter(ActorMention::verified)
            .map(ActorMention::name)
            .toList()));
    Set<String> sources = new LinkedHashSet<>(a.sources());
    doc.add(Fields.SOURCE, array(sources.stream().map(NameNormalizer::normalize).toList()));
    doc.add(ClusterFields.facet(Fields.FACET_SOURCE), array(sources));
    doc.add(
        ClusterFields.facet(Fields.FACET_WIRE), array(org.dispatches.extract.WireSources.of(a)));
    addFigures(doc, a);
    return doc;
  }

  /** Adds what near-duplicate detection decided, in the fields the index template names. */
  static void addCopyFields(JsonObject doc, String id, CopySignature signature, Membership m) {
    doc.addProperty(Fields.COPY_GROUP, m.groupKey());
    doc.addProperty(Fields.COPY_MEMBER, !m.first());
    doc.addProperty(Fields.COPY_SIMILARITY, (float) m.similarity());
    doc.addProperty(
        Fields.COPY_SIGNATURE,
        Base64.getEncoder().encodeToString(CopyGroups.stored(id, signature)));
  }

  /**
   * As the Lucene document: one long field per figure kind with the stated figures, one per kind with
   * every figure whatever its claim type, the stated kinds as a facet, and the canonical sources.
   */
  private static void addFigures(JsonObject doc, Article a) {
    Map<String, JsonArray> stated = new LinkedHashMap<>();
    Map<String, JsonArray> any = new LinkedHashMap<>();
    Set<String> kinds = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    for (Figure f : a.figures()) {
      FigureKind kind = FigureKind.fromId(f.kind());
      if (kind == null) continue;
      if (f.stated()) {
        stated.computeIfAbsent(Fields.figure(kind), k -> new JsonArray()).add(f.value());
        kinds.add(kind.id());
      }
      any.computeIfAbsent(Fields.figureAny(kind), k -> new JsonArray()).add(f.value());
      if (f.source() != null && !f.source().isBlank()) sources.add(f.source());
    }
    stated.forEach(doc::add);
    any.forEach(doc::add);
    doc.add(ClusterFields.facet(Fields.FACET_FIGURE), array(kinds));
    doc.add(ClusterFields.facet(Fields.FACET_ATTRIBUTION), array(sources));
  }

  private static JsonArray array(Iterable<String> values) {
    JsonArray out = new JsonArray();
    for (String v : values) out.add(v);
    return out;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
