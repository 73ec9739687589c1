package org.dispatches.claims;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dispatches.api.BadRequestException;
import org.dispatches.json.Json;

/**
 * The reference series kept beside an index, one JSON file each ({@code index/series/gaza.json}):
 * written by {@code dispatches series add}, read by the server per request (so a series added
 * while it runs is seen at once).
 */
public final class SeriesStore {
  /** Names are file names and URL path segments: letters, digits, '-' and '_'. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  private static final Gson GSON = Json.indented();
  private final Path dir;

  public SeriesStore(Path dir) {
    this.dir = dir;
  }

  /** The folder for the series of the index in {@code indexDir}. */
  public static SeriesStore beside(Path indexDir) {
    return new SeriesStore(indexDir.resolve("series"));
  }

  /** The folder the series are kept in. */
  public Path dir() {
    return dir;
  }

  /** Throws a 400 when {@code name} cannot name a series. */
  public static String checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new BadRequestException(
          "bad_parameter",
          "a series name is 1 to 64 letters, digits, '-' or '_'; got \"" + name + "\"");
    }
    return name;
  }

  public void save(ReferenceSeries series) throws IOException {
    checkName(series.name());
    Files.createDirectories(dir);
    JsonObject o = new JsonObject();
    o.addProperty("name", series.name());
    o.addProperty("kind", series.kind());
    o.addProperty("column", series.column());
    JsonArray points = new JsonArray();
    for (Map.Entry<LocalDate, Long> e : series.values().entrySet()) {
      JsonArray p = new JsonArray();
      p.add(e.getKey().toString());
      p.add(e.getValue());
      points.add(p);
    }
    o.add("points", points);
    // written whole, then moved into place: a reader never sees half a file
    Path tmp = Files.createTempFile(dir, series.name(), ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      GSON.toJson(o, w);
    }
    Files.move(
        tmp,
        file(series.name()),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /** The series called {@code name}, if there is one; a 400 for a name no series can have. */
  public Optional<ReferenceSeries> load(String name) throws IOException {
    Path f = file(checkName(name));
    if (!Files.isRegularFile(f)) return Optional.empty();
    try {
      JsonObject o =
          JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)).getAsJsonObject();
      TreeMap<LocalDate, Long> values = new TreeMap<>();
      for (var p : o.getAsJsonArray("points")) {
        JsonArray point = p.getAsJsonArray();
        values.put(LocalDate.parse(point.get(0).getAsString()), point.get(1).getAsLong());
      }
      return Optional.of(new ReferenceSeries(
          o.get("name").getAsString(),
          o.get("kind").getAsString(),
          o.get("column").getAsString(),
          values));
    } catch (JsonParseException
        | IllegalStateException
        | NullPointerException
        | java.time.DateTimeException e) {
      throw new IOException(
          "the series file " + f + " is damaged; add the series again (" + e.getMessage() + ")", e);
    }
  }

  /** The names of every stored series, sorted. */
  public List<String> names() throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .filter(n -> NAME.matcher(n).matches())
          .sorted()
          .forEach(out::add);
    }
    return out;
  }

  private Path file(String name) {
    return dir.resolve(name + ".json");
  }
}
