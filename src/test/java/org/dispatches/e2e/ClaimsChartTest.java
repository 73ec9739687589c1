package org.dispatches.e2e;

import static org.dispatches.testing.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dispatches.claims.SeriesReader;
import org.dispatches.claims.SeriesStore;
import org.dispatches.ingest.RawReport;
import org.dispatches.server.DispatchesServer;
import org.dispatches.server.ServerConfig;
import org.dispatches.testing.TestIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** "Figures over time" in the page: points, the series line, hover, click through, the furthest table. */
class ClaimsChartTest {
  @TempDir
  static Path dir;

  private static TestIndex index;
  private static DispatchesServer server;
  private static Browser browser;
  private static PageDriver page;

  /** Running tolls from three outlets over a month, one far from the series, one strike's count. */
  static final List<RawReport> REPORTS = List.of(
      report(
          "t1",
          "Toll nears 29,000",
          "At least 28,985 Palestinians have been killed since October 7, the Gaza health ministry said.",
          "2024-02-18",
          "Reuters"),
      report(
          "t2",
          "War toll rises",
          "The death toll in Gaza has risen to 29,313, according to the Gaza health ministry.",
          "2024-02-21",
          "BBC News"),
      report(
          "t3",
          "An inflated figure",
          "The war has killed 41,000 people, according to the Gaza health ministry.",
          "2024-02-25",
          "Al Jazeera"),
      report(
          "t4",
          "Strike on a school",
          "An air strike on a school killed 27 people, the civil defence agency said.",
          "2024-03-02",
          "Reuters"),
      report(
          "t5",
          "Toll passes 30,000",
          "The death toll has passed 30,035, the Gaza health ministry said on Thursday.",
          "2024-02-29",
          "BBC News"),
      report(
          "t6",
          "Toll, a week on",
          "At least 30,800 people have been killed since October 7, the Gaza health ministry said.",
          "2024-03-08",
          "Al Jazeera"));

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    index = new TestIndex(REPORTS);
    StringBuilder csv = new StringBuilder("date,killed\n");
    for (int d = 0; d < 25; d++) {
      csv.append(java.time.LocalDate.of(2024, 2, 14).plusDays(d))
          .append(',')
          .append(28_500 + 110 * d)
          .append('\n');
    }
    Path file = Files.writeString(dir.resolve("gaza.csv"), csv);
    SeriesStore store = SeriesStore.beside(dir.resolve("index"));
    store.save(new SeriesReader(null, null).read(file, "gaza", "killed"));
    server = new DispatchesServer(
            new ServerConfig("127.0.0.1", 0, E2eServer.WEB, Set.of()).withSeriesDir(store.dir()),
            index.service)
        .start();
    browser = Browser.start(1280, 900);
    page = new PageDriver(browser.driver, "http://127.0.0.1:" + server.port() + "/");
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    if (server != null) server.close();
    if (index != null) index.close();
  }

  private static JsonObject api(String path) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  private static List<WebElement> openChart(String query) {
    page.open(query);
    page.waitFor(d -> !page.isLoading() && !page.count().isEmpty());
    page.find("#claims summary").click();
    // loaded: the status counts the figures ("8 killed figures in 6 reports"), it no longer says
    // "Loading figures…"
    page.waitFor(d -> page.find(".claims-status").getText().matches("^\\d[\\d,]* .*figure.*"));
    return page.all(".claims-svg .claim-point");
  }

  @Test
  void pointsLineHoverAndClickThrough() throws Exception {
    JsonArray claims = api("/api/claims?kind=killed&series=gaza").getAsJsonArray("claims");
    List<JsonObject> dated = new ArrayList<>();
    for (JsonElement e : claims)
      if (!e.getAsJsonObject().get("date").isJsonNull()) dated.add(e.getAsJsonObject());
    assertTrue(
        dated.size() >= REPORTS.size(), "every report states a killed figure: " + dated.size());

    List<WebElement> points = openChart("");
    assertEquals(dated.size(), points.size(), "one point per dated figure");
    // the series is drawn across the claims' dates: one segment per series day between the first
    // and last claim
    String path = page.find(".claims-svg path.series-line").getAttribute("d");
    long days = java.time.temporal.ChronoUnit.DAYS.between(
            java.time.LocalDate.of(2024, 2, 18), java.time.LocalDate.of(2024, 3, 8))
        + 1;
    assertEquals(days, path.chars().filter(c -> c == 'L' || c == 'M').count());
    // points coloured by source: the health ministry's differ from the civil defence's
    WebElement ministry = points.stream()
        .filter(p -> p.getAttribute("data-report").equals("t1"))
        .findFirst()
        .orElseThrow();
    WebElement civil = points.stream()
        .filter(p -> p.getAttribute("data-report").equals("t4"))
        .findFirst()
        .orElseThrow();
    assertTrue(
        !ministry.getAttribute("fill").equals(civil.getAttribute("fill")),
        "two sources, two colours");
    browser.screenshot("claims-01-chart");

    // hover shows the sentence and the outlet
    WebElement far = points.stream()
        .filter(p -> p.getAttribute("data-report").equals("t3"))
        .findFirst()
        .orElseThrow();
    new Actions(browser.driver).moveToElement(far).perform();
    WebElement tip = page.find(".claims-tip");
    page.waitFor(d -> tip.isDisplayed());
    assertTrue(tip.getText().contains("The war has killed 41,000 people"), tip.getText());
    assertTrue(tip.getText().contains("Al Jazeera"), tip.getText());
    assertTrue(tip.getText().contains("gaza on"), "the reference is shown: " + tip.getText());
    browser.screenshot("claims-02-hover");

    // the furthest table puts the inflated figure first
    List<WebElement> rows = page.all(".claims-table tbody tr");
    assertTrue(rows.size() >= 4, "the running tolls are compared: " + rows.size());
    assertEquals("t3", rows.get(0).getAttribute("data-report"));

    // one source: its points only, and the table and counts follow
    String ministryName = dated.stream()
        .filter(
            c -> c.get("report").getAsString().equals("t1") && !c.get("source").isJsonNull())
        .findFirst()
        .orElseThrow()
        .get("source")
        .getAsString();
    long fromMinistry = dated.stream()
        .filter(c ->
            !c.get("source").isJsonNull() && c.get("source").getAsString().equals(ministryName))
        .count();
    new org.openqa.selenium.support.ui.Select(page.find(".claims-source"))
        .selectByValue(ministryName);
    page.waitFor(d -> page.all(".claims-svg .claim-point").size() == fromMinistry);
    assertTrue(
        page.find(".claims-status").getText().contains("from " + ministryName),
        page.find(".claims-status").getText());
    new org.openqa.selenium.support.ui.Select(page.find(".claims-source")).selectByValue("");
    page.waitFor(d -> page.all(".claims-svg .claim-point").size() == dated.size());
    far = page.all(".claims-svg .claim-point").stream()
        .filter(p -> p.getAttribute("data-report").equals("t3"))
        .findFirst()
        .orElseThrow();

    // click opens the report
    new Actions(browser.driver).moveToElement(far).click().perform();
    page.waitFor(d -> page.currentQuery() != null && page.currentQuery().contains("id=t3"));
    page.waitFor(d -> !page.all("#report-view h1").isEmpty()
        && page.find("#report-view h1").getText().contains("An inflated figure"));
  }

  @Test
  void theChartFollowsTheSearch() throws Exception {
    long bbc = api("/api/claims?kind=killed&outlet=BBC+News").get("total").getAsLong();
    List<WebElement> points = openChart("?outlet=BBC+News");
    assertEquals(bbc, points.size());
    assertTrue(
        points.stream().allMatch(p -> Set.of("t2", "t5").contains(p.getAttribute("data-report"))));
    // a kind with no figures says so instead of drawing an empty chart
    new org.openqa.selenium.support.ui.Select(page.find(".claims-kind")).selectByValue("hostages");
    page.waitFor(d -> page.find(".claims-status").getText().startsWith("0 "));
    assertTrue(page.find(".claims-chart").getText().contains("No dated figures"));
    assertTrue(page.all(".claims-svg").isEmpty());
    assertTrue(browser.driver.findElements(By.cssSelector(".claims-table")).isEmpty());
  }

  @Test
  void theEmbeddedBoxDrawsTheChartForItsFixedQuery() throws Exception {
    long bbc = api("/api/claims?kind=killed&outlet=BBC+News").get("total").getAsLong();
    String base = "http://127.0.0.1:" + server.port() + "/";
    try (StaticSite site = new StaticSite("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
        <dispatches-search id="box" outlet="BBC News" chart="killed" series="gaza"></dispatches-search>
        <script src="%sembed.js" async></script></body></html>""".formatted(base))) {
      browser.driver.get(site.url());
      page.waitFor(d -> ((Number) page.js("const r = document.getElementById('box').shadowRoot;"
                  + " return r ? r.querySelectorAll('.claim-point').length : 0"))
              .longValue()
          == bbc);
      assertEquals(
          1L,
          ((Number) page.js("return document.getElementById('box').shadowRoot"
                  + ".querySelectorAll('path.series-line').length"))
              .longValue());
      String status = (String)
          page.js(
              "return document.getElementById('box').shadowRoot.querySelector('.claims-status').textContent");
      assertTrue(status.startsWith(bbc + " killed figure"), status);
      browser.screenshot("claims-03-embed");
    }
  }
}
