package org.dispatches.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.Map;

/** One JSON object per line; string (or number) values for the known keys, other keys ignored. */
public final class JsonLinesReader implements ReportReader {

  @Override
  public void read(LineSource lines, SourceFile file, ReportSink sink) throws IOException {
    for (TextLine line; (line = lines.next()) != null; ) {
      String where = file.displayName();
      if (line.tooLong()) {
        sink.skip(new ReadProblem(where, line.number(), "line longer than the record limit"));
        continue;
      }
      if (line.text().isBlank()) continue;
      try {
        RecordBuilder record = parse(line.text());
        if (!record.hasText()) {
          sink.skip(new ReadProblem(where, line.number(), record.missingTextReason()));
          continue;
        }
        sink.accept(record.build(file.at(line.number())));
      } catch (JsonParseException | IllegalStateException | BadRecordException e) {
        sink.skip(new ReadProblem(where, line.number(), reason(e)));
      }
    }
  }

  private static RecordBuilder parse(String text) {
    JsonElement element = JsonParser.parseString(text);
    if (!element.isJsonObject()) throw new BadRecordException("not a JSON object");
    JsonObject object = element.getAsJsonObject();
    RecordBuilder record = new RecordBuilder();
    for (Map.Entry<String, JsonElement> e : object.entrySet()) {
      InputField field = InputField.fromKey(e.getKey());
      if (field == null || e.getValue().isJsonNull()) continue;
      JsonElement v = e.getValue();
      if (!v.isJsonPrimitive() || v.getAsJsonPrimitive().isBoolean()) {
        throw new BadRecordException("\"" + e.getKey() + "\" must be a string, not " + kind(v));
      }
      record.put(field, v.getAsString());
    }
    return record;
  }

  private static String kind(JsonElement v) {
    if (v.isJsonArray()) return "an array";
    if (v.isJsonObject()) return "an object";
    return "a boolean (" + v + ")";
  }

  private static String reason(Exception e) {
    if (e instanceof BadRecordException) return e.getMessage();
    String m = e.getMessage() == null ? "" : e.getMessage();
    int cut = m.indexOf(" at line");
    String reason = (cut > 0 ? m.substring(0, cut) : m).replaceFirst("^[\\w.$]+(Exception|Error): ", "");
    return "malformed JSON: " + reason;
  }
}
