package org.dispatches.extract.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.dispatches.extract.Article;
import org.dispatches.extract.actors.ActorMention;
import org.dispatches.extract.figures.Figure;

/** What the scorer reads of one extracted report: its figures, actor names, date and outlet. */
record GoldPrediction(
    String id, List<Figure> figures, List<String> actors, String date, String outlet) {

  static GoldPrediction of(Article a) {
    return new GoldPrediction(
        a.id(),
        a.figures(),
        a.actors().stream().map(ActorMention::name).toList(),
        a.date().known() ? a.date().date().toString() : null,
        a.outlet());
  }

  static GoldPrediction empty(String id) {
    return new GoldPrediction(id, List.of(), List.of(), null, null);
  }

  /** One line of {@code dispatches extract --json}, read the way score.py reads it. */
  static GoldPrediction fromJson(JsonObject o) {
    List<Figure> figures = new ArrayList<>();
    JsonElement fs = o.get("figures");
    if (fs != null && fs.isJsonArray()) {
      for (JsonElement e : fs.getAsJsonArray()) {
        JsonObject f = e.getAsJsonObject();
        JsonElement value = f.get("value");
        figures.add(new Figure(
            ConflictGoldEvaluation.string(f, "kind"),
            value == null || value.isJsonNull() ? -1 : value.getAsLong(),
            ConflictGoldEvaluation.string(f, "qualifier"),
            ConflictGoldEvaluation.string(f, "subject"),
            ConflictGoldEvaluation.string(f, "attribution"),
            ConflictGoldEvaluation.string(f, "sentence")));
      }
    }
    List<String> actors = new ArrayList<>();
    JsonElement as = o.get("actors");
    if (as != null && as.isJsonArray()) {
      for (JsonElement e : as.getAsJsonArray()) {
        actors.add(
            e.isJsonObject()
                ? ConflictGoldEvaluation.string(e.getAsJsonObject(), "name")
                : e.getAsString());
      }
    }
    String date = null;
    JsonElement d = o.get("date");
    if (d != null && d.isJsonObject()) {
      date = ConflictGoldEvaluation.string(d.getAsJsonObject(), "date");
      if (date == null) date = ConflictGoldEvaluation.string(d.getAsJsonObject(), "value");
    } else if (d != null && !d.isJsonNull()) {
      date = d.getAsString();
    }
    return new GoldPrediction(
        ConflictGoldEvaluation.string(o, "id"),
        figures,
        actors,
        date,
        ConflictGoldEvaluation.string(o, "outlet"));
  }
}
