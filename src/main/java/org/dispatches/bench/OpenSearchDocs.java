package org.dispatches.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.dispatches.extract.Article;
import org.dispatches.extract.actors.ActorMention;
import org.dispatches.extract.figures.Figure;
import org.dispatches.extract.figures.FigureKind;

/**
 * Turns an extracted {@link Article} into the OpenSearch document with the same fields Dispatches
 * indexes, so that both systems search the same data: text, outlet, actors, date, figure kinds and
 * one numeric field per figure kind.
 */
final class OpenSearchDocs {
  static final String ID = "id";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String OUTLET = "outlet";
  static final String ACTORS = "actors";
  static final String DATE = "date";
  static final String FIGURE_KINDS = "figure_kinds";

  private OpenSearchDocs() {}

  static JsonObject of(Article a) {
    JsonObject o = new JsonObject();
    o.addProperty(ID, a.id());
    o.addProperty(TITLE, a.title() == null ? "" : a.title());
    o.addProperty(BODY, a.body() == null ? "" : a.body());
    if (a.outlet() != null && !a.outlet().isBlank()) o.addProperty(OUTLET, a.outlet());
    if (a.date() != null && a.date().known())
      o.addProperty(DATE, a.date().date().toString());
    JsonArray actors = new JsonArray();
    for (ActorMention m : a.actors()) actors.add(m.name());
    o.add(ACTORS, actors);
    Map<String, JsonArray> values = new LinkedHashMap<>();
    Set<String> kinds = new LinkedHashSet<>();
    for (Figure f : a.figures()) {
      FigureKind kind = FigureKind.fromId(f.kind());
      if (kind == null) continue;
      kinds.add(kind.id());
      values.computeIfAbsent(kind.id(), k -> new JsonArray()).add(f.value());
    }
    JsonArray kindArray = new JsonArray();
    kinds.forEach(kindArray::add);
    o.add(FIGURE_KINDS, kindArray);
    values.forEach(o::add);
    return o;
  }
}
