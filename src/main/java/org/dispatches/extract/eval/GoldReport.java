package org.dispatches.extract.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One report of the conflict-extraction gold set: what a person read in it (see the set's README). */
record GoldReport(
    String id,
    String file,
    String date,
    List<String> dateOk,
    String outlet,
    List<String> outletOk,
    List<GoldFigure> figures,
    List<String> actors,
    List<String> actorsAlso) {

  /** A labelled figure; {@code attributionOk} may hold null ("no attribution" accepted too). */
  record GoldFigure(
      String kind,
      long value,
      String qualifier,
      String attribution,
      List<String> attributionOk,
      List<String> altKinds,
      boolean optional) {}

  /** Every report of a gold file, one JSON object a line; a clear error naming the line when one is malformed. */
  static List<GoldReport> readAll(Path goldFile) throws IOException {
    if (!Files.isRegularFile(goldFile))
      throw new IOException("gold file " + goldFile + " is missing");
    List<GoldReport> out = new ArrayList<>();
    int line = 0;
    for (String s : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
      line++;
      if (s.isBlank()) continue;
      try {
        out.add(of(JsonParser.parseString(s).getAsJsonObject()));
      } catch (JsonParseException
          | IllegalStateException
          | UnsupportedOperationException
          | NullPointerException e) {
        throw new IOException(
            goldFile + " line " + line + ": not a gold report (" + e.getMessage() + ")");
      }
    }
    return out;
  }

  private static GoldReport of(JsonObject o) {
    List<GoldFigure> figures = new ArrayList<>();
    for (JsonElement e : o.getAsJsonArray("figures")) {
      JsonObject f = e.getAsJsonObject();
      JsonElement optional = f.get("optional");
      figures.add(new GoldFigure(
          ConflictGoldEvaluation.string(f, "kind"),
          f.get("value").getAsLong(),
          ConflictGoldEvaluation.string(f, "qualifier"),
          ConflictGoldEvaluation.string(f, "attribution"),
          ConflictGoldEvaluation.strings(f.get("attribution_ok")),
          ConflictGoldEvaluation.strings(f.get("alt_kinds")),
          optional != null && !optional.isJsonNull() && optional.getAsBoolean()));
    }
    String id = ConflictGoldEvaluation.string(o, "id");
    if (id == null) throw new JsonParseException("no id");
    return new GoldReport(
        id,
        ConflictGoldEvaluation.string(o, "file"),
        ConflictGoldEvaluation.string(o, "date"),
        ConflictGoldEvaluation.strings(o.get("date_ok")),
        ConflictGoldEvaluation.string(o, "outlet"),
        ConflictGoldEvaluation.strings(o.get("outlet_ok")),
        figures,
        ConflictGoldEvaluation.strings(o.get("actors")),
        ConflictGoldEvaluation.strings(o.get("actors_also")));
  }
}
