package org.dispatches.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON records: one object per line (JSON Lines), or one array of objects (a whole-file JSON
 * export, also when wrapped in an object such as {@code {"articles": [...]}}). Keys are mapped to
 * fields like a table's columns ({@link ColumnMapping}); string or number values, other keys
 * ignored; an object value with a {@code name} (as in {@code "source": {"name": "BBC"}}) gives its
 * name.
 */
public final class JsonLinesReader implements ReportReader {
  private final ReadOptions options;
  private List<String> lastKeys;
  private ColumnMapping lastMapping;

  public JsonLinesReader() {
    this(ReadOptions.defaults());
  }

  public JsonLinesReader(ReadOptions options) {
    this.options = options;
  }

  @Override
  public void read(InputStream in, SourceFile file, ReportSink sink, int maxLineBytes)
      throws IOException {
    BufferedInputStream buffered =
        in instanceof BufferedInputStream b ? b : new BufferedInputStream(in);
    if (startsWithArrayOrDocument(buffered)) readDocument(buffered, file, sink);
    else read(new ByteLineSource(buffered, maxLineBytes), file, sink);
  }

  /**
   * Whether the input is one JSON document rather than lines: it opens with "[", or with an object
   * that does not close on its first line and is not followed by another object's line (a broken
   * first line of JSON Lines is one bad record, not a document).
   */
  private static boolean startsWithArrayOrDocument(BufferedInputStream in) throws IOException {
    in.mark(1 << 16);
    byte[] head = in.readNBytes(1 << 16);
    in.reset();
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF) i = 3;
    while (i < head.length && Character.isWhitespace(head[i])) i++;
    if (i >= head.length) return false;
    if (head[i] == '[') return true;
    if (head[i] != '{') return false;
    int nl = i;
    while (nl < head.length && head[nl] != '\n') nl++;
    try {
      JsonParser.parseString(new String(head, i, nl - i, StandardCharsets.UTF_8));
      return false;
    } catch (JsonParseException e) {
      int next = nl;
      while (next < head.length && Character.isWhitespace(head[next])) next++;
      return next < head.length && head[next] != '{';
    }
  }

  private void readDocument(InputStream in, SourceFile file, ReportSink sink) throws IOException {
    JsonReader json = new JsonReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    json.setStrictness(com.google.gson.Strictness.LENIENT);
    try {
      if (json.peek() == JsonToken.BEGIN_OBJECT) {
        JsonObject wrapper = JsonParser.parseReader(json).getAsJsonObject();
        JsonElement records = recordsIn(wrapper);
        if (records == null) {
          sink.skip(new ReadProblem(
              file.displayName(),
              0,
              "not a report set: a JSON object with no array of records in it"));
          return;
        }
        long n = 0;
        for (JsonElement e : records.getAsJsonArray()) emit(e, ++n, file, sink);
        return;
      }
      json.beginArray();
      long n = 0;
      while (json.hasNext()) emit(JsonParser.parseReader(json), ++n, file, sink);
      json.endArray();
    } catch (JsonParseException | IllegalStateException e) {
      sink.skip(new ReadProblem(
          file.displayName(), 0, reason(e) + " (the rest of the file is not read)"));
    }
  }

  /** The largest array of objects among a wrapper object's members, or null. */
  private static JsonElement recordsIn(JsonObject wrapper) {
    JsonElement best = null;
    for (Map.Entry<String, JsonElement> e : wrapper.entrySet()) {
      JsonElement v = e.getValue();
      if (v.isJsonArray()
          && !v.getAsJsonArray().isEmpty()
          && v.getAsJsonArray().get(0).isJsonObject()
          && (best == null || v.getAsJsonArray().size() > best.getAsJsonArray().size())) {
        best = v;
      }
    }
    return best;
  }

  private void emit(JsonElement element, long number, SourceFile file, ReportSink sink) {
    try {
      RecordBuilder record = parse(element, sink);
      if (!record.hasText()) {
        sink.skip(new ReadProblem(file.displayName(), number, record.missingTextReason()));
        return;
      }
      sink.accept(record.build(file.at(number)));
    } catch (BadRecordException e) {
      sink.skip(new ReadProblem(file.displayName(), number, e.getMessage()));
    }
  }

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
        emit(JsonParser.parseString(line.text()), line.number(), file, sink);
      } catch (JsonParseException | IllegalStateException e) {
        sink.skip(new ReadProblem(where, line.number(), reason(e)));
      }
    }
  }

  private RecordBuilder parse(JsonElement element, ReportSink sink) {
    if (!element.isJsonObject()) throw new BadRecordException("not a JSON object");
    JsonObject object = element.getAsJsonObject();
    ColumnMapping mapping = mappingFor(object, sink);
    RecordBuilder record = new RecordBuilder();
    int i = 0;
    for (Map.Entry<String, JsonElement> e : object.entrySet()) {
      InputField field = mapping.field(i++);
      if (field == null || e.getValue().isJsonNull()) continue;
      JsonElement v = e.getValue();
      if (v.isJsonObject()
          && v.getAsJsonObject().has("name")
          && v.getAsJsonObject().get("name").isJsonPrimitive()) {
        v = v.getAsJsonObject().get("name");
      }
      if (!v.isJsonPrimitive() || v.getAsJsonPrimitive().isBoolean()) {
        throw new BadRecordException("\"" + e.getKey() + "\" must be a string, not " + kind(v));
      }
      record.put(field, v.getAsString());
    }
    return record;
  }

  /** The mapping for an object's keys; most files repeat one key set, so the last one is kept. */
  private ColumnMapping mappingFor(JsonObject object, ReportSink sink) {
    List<String> keys = new ArrayList<>(object.keySet());
    if (!keys.equals(lastKeys)) {
      boolean first = lastKeys == null;
      lastKeys = keys;
      lastMapping = ColumnMapping.of(keys, options.fields());
      if (first) sink.shape("JSON", lastMapping, true);
    }
    return lastMapping;
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
    String reason =
        (cut > 0 ? m.substring(0, cut) : m).replaceFirst("^[\\w.$]+(Exception|Error): ", "");
    return "malformed JSON: " + reason;
  }
}
