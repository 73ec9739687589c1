package org.dispatches.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonTest {
  record Report(String title, LocalDate date, String outlet) {}

  private final Report report =
      new Report("Talks resume in Cairo <live> & 'hopeful'", LocalDate.of(2024, 4, 8), null);

  @Test
  void theApiWritesNullsAndLeavesHtmlAsIs() {
    assertEquals(
        "{\"title\":\"Talks resume in Cairo <live> & 'hopeful'\",\"date\":\"2024-04-08\",\"outlet\":null}",
        Json.api().toJson(report));
  }

  @Test
  void recordsLeaveNullsOutAndReadBackTheSame() {
    String json = Json.records().toJson(report);
    assertEquals(
        "{\"title\":\"Talks resume in Cairo <live> & 'hopeful'\",\"date\":\"2024-04-08\"}", json);
    assertEquals(report, Json.records().fromJson(json, Report.class));
  }

  @Test
  void aNullDateReadsAsNull() {
    assertEquals(
        new Report("Truce", null, "Reuters"),
        Json.records()
            .fromJson("{\"title\":\"Truce\",\"date\":null,\"outlet\":\"Reuters\"}", Report.class));
  }

  @Test
  void indentedOutputHoldsTheSameJson() {
    String indented = Json.indented().toJson(report);
    assertTrue(indented.contains("\n  \"date\": \"2024-04-08\""), indented);
    assertEquals(report, Json.records().fromJson(indented, Report.class));
    assertEquals(
        Json.api().toJson(report),
        Json.api().toJson(Json.api().fromJson(Json.apiIndented().toJson(report), Report.class)));
  }
}
