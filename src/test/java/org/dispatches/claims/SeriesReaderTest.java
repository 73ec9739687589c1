package org.dispatches.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dispatches.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesReaderTest {
  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void csvWithTwoColumnsNeedsNoColumnName() throws Exception {
    Path f =
        write("toll.csv", "date,killed\n2024-01-01,21978\n2024-01-02,\"22,185\"\n2024-01-03,\n");
    ReferenceSeries s = new SeriesReader(null, null).read(f, "toll", "killed");
    assertEquals(2, s.values().size(), "an empty cell is a day without a value");
    assertEquals(22_185L, s.values().get(LocalDate.of(2024, 1, 2)));
    assertEquals("killed", s.column());
  }

  @Test
  void csvWithMoreColumnsTakesTheNamedOne() throws Exception {
    Path f = write("t.csv", "report_date,killed,killed_cum\n2024-01-01,150,21978\n");
    assertEquals(
        21_978L,
        new SeriesReader(null, "killed_cum")
            .read(f, "t", "killed")
            .values()
            .firstEntry()
            .getValue());
    SeriesFormatException e = assertThrows(
        SeriesFormatException.class, () -> new SeriesReader(null, null).read(f, "t", "killed"));
    assertTrue(e.getMessage().contains("--column"), e.getMessage());
  }

  @Test
  void badRowsAreErrorsThatNameTheRow() throws Exception {
    Path notNumber = write("a.csv", "date,v\n2024-01-01,12\n2024-01-02,many\n");
    assertTrue(assertThrows(
            SeriesFormatException.class,
            () -> new SeriesReader(null, null).read(notNumber, "a", "killed"))
        .getMessage()
        .contains("line 3"));
    Path badDate = write("b.csv", "date,v\n01/02/2024,12\n");
    assertTrue(assertThrows(
            SeriesFormatException.class,
            () -> new SeriesReader(null, null).read(badDate, "b", "killed"))
        .getMessage()
        .contains("ISO date"));
    Path twice =
        write("c.json", "[{\"date\":\"2024-01-01\",\"v\":1},{\"date\":\"2024-01-01\",\"v\":2}]");
    assertTrue(assertThrows(
            SeriesFormatException.class,
            () -> new SeriesReader(null, "v").read(twice, "c", "killed"))
        .getMessage()
        .contains("twice"));
    Path noColumn = write("d.json", "[{\"date\":\"2024-01-01\",\"v\":1}]");
    assertTrue(assertThrows(
            SeriesFormatException.class,
            () -> new SeriesReader(null, "killed_cum").read(noColumn, "d", "killed"))
        .getMessage()
        .contains("killed_cum"));
    Path notJson = write("e.json", "{oops");
    assertThrows(
        SeriesFormatException.class,
        () -> new SeriesReader(null, "v").read(notJson, "e", "killed"));
    Path text = write("f.txt", "date,v\n");
    assertThrows(
        SeriesFormatException.class, () -> new SeriesReader(null, null).read(text, "f", "killed"));
  }

  @Test
  void theGazaDailyFileGivesEveryDayWithACumulativeToll() throws Exception {
    Path file = SharedData.require("techforpalestine-casualties/casualties_daily.json");
    ReferenceSeries s = new SeriesReader(null, "killed_cum").read(file, "gaza", "killed");
    int withValue = 0;
    JsonObject last = null;
    for (JsonElement e : JsonParser.parseString(Files.readString(file)).getAsJsonArray()) {
      JsonObject row = e.getAsJsonObject();
      if (row.has("killed_cum")) {
        withValue++;
        last = row;
        assertEquals(
            row.get("killed_cum").getAsLong(),
            s.values().get(LocalDate.parse(row.get("report_date").getAsString())));
      }
    }
    assertEquals(withValue, s.values().size());
    assertEquals(
        LocalDate.parse(last.get("report_date").getAsString()), s.values().lastKey());
  }

  @Test
  void theStoreKeepsASeriesBesideTheIndex() throws Exception {
    Path f = write("toll.csv", "date,killed\n2024-01-01,21978\n2024-01-02,22185\n");
    ReferenceSeries s = new SeriesReader(null, null).read(f, "toll", "killed");
    SeriesStore store = SeriesStore.beside(dir.resolve("index"));
    store.save(s);
    assertEquals(java.util.List.of("toll"), store.names());
    assertEquals(s, store.load("toll").orElseThrow());
    assertTrue(store.load("other").isEmpty());
    assertThrows(org.dispatches.api.BadRequestException.class, () -> store.load("../etc"));
  }
}
