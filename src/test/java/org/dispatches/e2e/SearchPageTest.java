package org.dispatches.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dispatches.e2e.TestCorpus.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The search page at / as a person uses it: search, filter, timeline, report view, back, export. */
class SearchPageTest {
  private static E2eServer server;
  private static Browser browser;
  private PageDriver page;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    server = E2eServer.start();
    assertEquals(
        TestCorpus.REPORTS.size(), server.summary.indexed(), "every test report is indexed");
    browser = Browser.start(1280, 900);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    if (server != null) server.close();
  }

  @BeforeEach
  void desktop() {
    browser.resize(1280, 900);
    page = new PageDriver(browser.driver, server.url());
  }

  private static long ceasefire(java.util.function.Predicate<Report> and) {
    return TestCorpus.count(r -> r.mentions("ceasefire") && and.test(r));
  }

  /** Reports' outlets as the index holds them: under the outlet table's name ("BBC News" is BBC). */
  private static final org.dispatches.extract.outlets.OutletTable OUTLETS =
      org.dispatches.extract.outlets.OutletTable.loadDefault();

  private static Map<String, Long> ceasefireByOutlet(java.util.function.Predicate<Report> and) {
    return TestCorpus.REPORTS.stream()
        .filter(r -> r.mentions("ceasefire") && and.test(r))
        .collect(Collectors.groupingBy(r -> OUTLETS.canonical(r.outlet()), Collectors.counting()));
  }

  @Test
  void typeAQueryAndSeeResults() throws Exception {
    page.open("");
    page.waitForCount(TestCorpus.REPORTS.size() + " reports in the archive");
    assertTrue(
        page.find("#notice").getText().contains("Search what was reported"),
        "a first visit explains the page");
    browser.screenshot("01-home-desktop");

    page.find("body").sendKeys("/");
    assertEquals(
        "q", page.driver.switchTo().activeElement().getAttribute("id"), "/ focuses the search box");
    page.driver.switchTo().activeElement().sendKeys("ceasefire", Keys.ENTER);

    long expected = ceasefire(r -> true);
    page.waitForCount(expected + " reports for “ceasefire”");
    assertEquals(expected, page.all("#hits .hit").size());
    assertTrue(page.currentQuery().contains("q=ceasefire"), "the search is in the URL");
    for (WebElement hit : page.all("#hits .hit")) {
      assertFalse(
          hit.findElements(By.cssSelector(".snippet mark")).isEmpty(),
          "each snippet marks the word");
      assertFalse(
          hit.findElements(By.cssSelector(".chip.actor")).isEmpty(), "actors show as chips");
    }
    assertEquals("polite", page.find("#result-count").getAttribute("aria-live"));
    assertFalse(page.all("#hits .chip.figure").isEmpty(), "figures show as chips");
    assertTrue(
        page.all("#hits .chip.figure").stream().anyMatch(c -> c.getText().equals("23,000 killed")),
        "a figure reads as a number and a kind");
    browser.screenshot("02-results-desktop");
  }

  @Test
  void outletFilterKeepsTheOtherOutletsCounts() throws Exception {
    page.open("?q=ceasefire");
    page.waitForCount(ceasefire(r -> true) + " reports");
    assertEquals(ceasefireByOutlet(r -> true), withoutZeros(page.facet("outlet")));

    page.tick("outlet", "Reuters");
    long reuters = ceasefire(r -> r.outlet().equals("Reuters"));
    page.waitForCount(reuters + " reports");
    assertEquals(List.of("Reuters"), page.hitOutlets().stream().distinct().toList());
    assertEquals(
        ceasefireByOutlet(r -> true),
        withoutZeros(page.facet("outlet")),
        "drill-sideways: ticking an outlet leaves the other outlets' counts as they were");
    assertTrue(page.currentQuery().contains("outlet=Reuters"));

    page.tick("outlet", "Al Jazeera");
    long both = ceasefire(r -> r.outlet().equals("Reuters") || r.outlet().equals("Al Jazeera"));
    page.waitForCount(both + " reports");
    assertEquals(both, page.all("#hits .hit").size(), "two values of one filter are ORed");

    // Another dimension (the dates) does change the outlet counts.
    waitForDayCounts();
    String[] range = clickBarWith("2024-01-10");
    java.util.function.Predicate<Report> inRange =
        r -> r.date().compareTo(range[0]) >= 0 && r.date().compareTo(range[1]) <= 0;
    long chosen = ceasefire(
        r -> (r.outlet().equals("Reuters") || r.outlet().equals("Al Jazeera")) && inRange.test(r));
    page.waitForCount(chosen + " report");
    assertTrue(
        page.currentQuery().contains("from=" + range[0])
            && page.currentQuery().contains("to=" + range[1]),
        page.currentQuery());
    assertEquals(
        ceasefireByOutlet(inRange),
        withoutZeros(page.facet("outlet")),
        "outlet counts follow the date filter");
    assertEquals(
        2, page.all("#active-filters .chip").size() - 1, "two outlet chips and a date chip");
    browser.screenshot("03-filtered-desktop");
  }

  @Test
  void clickingAndDraggingOnTheTimelineFiltersByDates() {
    page.open("?q=ceasefire");
    page.waitForCount(ceasefire(r -> true) + " reports");
    // a few months of reports: the day counts arrive after the months and are drawn as days or
    // weeks
    waitForDayCounts();
    List<WebElement> bars = page.all("#timeline-chart g.bar");
    List<String> dates = TestCorpus.REPORTS.stream()
        .filter(r -> r.mentions("ceasefire"))
        .map(Report::date)
        .sorted()
        .toList();
    String first = dates.get(0), last = dates.get(dates.size() - 1);
    assertTrue(
        bars.get(0).getAttribute("data-start").compareTo(first) <= 0,
        "the chart starts at the first report");
    assertTrue(
        bars.get(bars.size() - 1).getAttribute("data-end").compareTo(last) >= 0,
        "and ends at the last");

    waitForDayCounts();
    String[] range = clickBarWith("2024-03-02");
    page.waitForCount(ceasefire(
            r -> r.date().compareTo(range[0]) >= 0 && r.date().compareTo(range[1]) <= 0)
        + " report");
    assertTrue(page.currentQuery().contains("from=" + range[0])
        && page.currentQuery().contains("to=" + range[1]));

    page.open("?q=ceasefire");
    page.waitForCount(ceasefire(r -> true) + " reports");
    waitForDayCounts();
    String before = page.driver.getCurrentUrl();
    WebElement a = barWith("2024-01-10"), b = barWith("2024-02-14");
    String from = a.getAttribute("data-start"), to = b.getAttribute("data-end");
    new Actions(page.driver)
        .clickAndHold(a.findElement(By.cssSelector("rect.hit")))
        .moveToElement(b.findElement(By.cssSelector("rect.hit")))
        .release()
        .perform();
    page.waitFor(d -> !d.getCurrentUrl().equals(before));
    page.waitForCount(
        ceasefire(r -> r.date().compareTo(from) >= 0 && r.date().compareTo(to) <= 0) + " report");
    assertTrue(
        page.currentQuery().contains("from=" + from) && page.currentQuery().contains("to=" + to),
        page.currentQuery());
    assertEquals(
        from, page.find("#from").getAttribute("value"), "the date inputs show the chosen range");
  }

  @Test
  void openAReportThenGoBack() throws Exception {
    page.open("?q=ceasefire");
    page.waitForCount(ceasefire(r -> true) + " reports");
    String resultsUrl = page.driver.getCurrentUrl();
    WebElement first = page.find("#hits .hit-title a");
    String title = first.getText();
    first.click();
    page.waitFor(d -> !page.all(".report h1").isEmpty());
    assertEquals(title, page.find(".report h1").getText());
    assertTrue(page.currentQuery().contains("id="), "the report is in the URL");
    assertTrue(
        page.all(".report-body mark.term").stream()
            .anyMatch(m -> m.getText().equalsIgnoreCase("ceasefire")),
        "the searched word is marked in the text");
    assertFalse(page.all(".report-body mark.actor").isEmpty(), "actors are marked in the text");
    assertFalse(page.all(".extracted .chip.actor").isEmpty(), "the extracted actors are listed");
    browser.screenshot("04-report-desktop");

    page.driver.navigate().back();
    page.waitFor(d -> d.getCurrentUrl().equals(resultsUrl)
        && page.find("#report-view").getAttribute("hidden") != null);
    page.waitForCount(ceasefire(r -> true) + " reports");
    assertEquals(title, page.hitTitles().get(0));

    page.driver.navigate().forward();
    page.waitFor(
        d -> !page.all(".report h1").isEmpty() && page.find(".report h1").isDisplayed());
    assertEquals(title, page.find(".report h1").getText());

    // A shared link opens straight on the report.
    String shared = page.driver.getCurrentUrl();
    page.driver.get("about:blank");
    page.driver.get(shared);
    page.waitFor(d -> !page.all(".report h1").isEmpty());
    assertEquals(title, page.find(".report h1").getText());
  }

  @Test
  void exportsTheWholeResultSet() throws Exception {
    page.open("?q=ceasefire&outlet=Reuters&outlet=Al%20Jazeera");
    long expected = ceasefire(r -> r.outlet().equals("Reuters") || r.outlet().equals("Al Jazeera"));
    page.waitForCount(expected + " reports");
    HttpClient http = HttpClient.newHttpClient();

    String csvUrl = page.find("#export-csv").getAttribute("href");
    HttpResponse<String> csv = http.send(
        HttpRequest.newBuilder(URI.create(csvUrl)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, csv.statusCode(), csvUrl);
    List<String> rows = csv.body().lines().filter(l -> !l.isBlank()).toList();
    assertEquals(
        "\uFEFFid,title,outlet,date,url,actors,figures,copy_group,copies",
        rows.get(0),
        "a byte-order mark, then the header row");
    assertEquals("ceasefire", csv.headers().firstValue("X-Dispatches-Query").orElseThrow());
    assertFalse(csvUrl.contains("dateInterval"), csvUrl);
    assertEquals(expected, rows.size() - 1, "one CSV row per matching report");

    String jsonUrl = page.find("#export-json").getAttribute("href");
    HttpResponse<String> json = http.send(
        HttpRequest.newBuilder(URI.create(jsonUrl)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, json.statusCode());
    var body = com.google.gson.JsonParser.parseString(json.body()).getAsJsonObject();
    assertEquals(expected, body.get("total").getAsLong());
    assertEquals(expected, body.getAsJsonArray("reports").size());
  }

  @Test
  void suggestionsTurnIntoFilters() {
    page.open("");
    page.waitForCount(TestCorpus.REPORTS.size() + " reports");
    WebElement q = page.find("#q");
    q.sendKeys("Hama");
    page.waitFor(d -> page.all("#suggestions li[data-value='Hamas']").size() == 1
        && page.find("#suggestions").isDisplayed());
    assertEquals("true", q.getAttribute("aria-expanded"));
    q.sendKeys(Keys.ARROW_DOWN);
    assertEquals("sugg-0", q.getAttribute("aria-activedescendant"));
    String before = page.driver.getCurrentUrl();
    q.sendKeys(Keys.ENTER);
    page.waitFor(d -> !d.getCurrentUrl().equals(before) && !page.isLoading());
    assertTrue(page.currentQuery().contains("actor=Hamas"), page.currentQuery());
    assertEquals("", q.getAttribute("value"), "the typed word became the filter");
    page.waitForCount(TestCorpus.count(r -> r.mentions("Hamas")) + " reports");
    assertTrue(page.find("#active-filters").getText().contains("Hamas"));
  }

  @Test
  void markupInReportsIsShownAsText() {
    page.open("?q=convoy");
    page.waitForCount("1 report");
    assertEquals(TestCorpus.XSS_TITLE, page.hitTitles().get(0));
    assertTrue(page.all("#hits script, #hits img, #hits svg").isEmpty());
    assertNull(page.js("return window.__xss"), "no script from a report ran");

    page.find("#hits .hit-title a").click();
    page.waitFor(d -> !page.all(".report h1").isEmpty());
    assertEquals(TestCorpus.XSS_TITLE, page.find(".report h1").getText());
    assertTrue(page.find(".report-body").getText().contains(TestCorpus.XSS_BODY_MARKUP));
    assertTrue(page.all(".report-body img, .report-body script, .report img, .report-body svg")
        .isEmpty());
    assertNull(page.js("return window.__xss"), "no script from a report ran");
  }

  @Test
  void emptyNoResultAndErrorStates() throws Exception {
    page.open("?q=zzzqqqxxy");
    page.waitForCount("No reports");
    assertTrue(page.find("#notice").getText().contains("No reports match"));
    assertTrue(page.find("#export").getAttribute("hidden") != null, "nothing to export");

    page.open("?q=ceasefire%20AND%20(");
    page.waitFor(d -> !page.all("#notice .notice.error").isEmpty());
    assertTrue(
        page.find("#notice").getText().contains("could not be read"),
        page.find("#notice").getText());
    browser.screenshot("06-bad-query-desktop");

    page.open("?id=no-such-report");
    page.waitFor(d -> !page.all("#report-view .notice.error").isEmpty());
    assertTrue(page.find("#report-view").getText().contains("not in the archive"));
  }

  @Test
  void rightToLeftTextIsShownRightToLeft() {
    page.open("?outlet=Al%20Jazeera%20Arabic");
    page.waitForCount("1 report");
    WebElement title = page.find("#hits .hit-title a");
    assertEquals("auto", title.getAttribute("dir"));
    assertEquals("rtl", page.js("return getComputedStyle(arguments[0]).direction", title));
  }

  @Test
  void readableOnAPhone() throws Exception {
    browser.resize(390, 844);
    page.open("?q=ceasefire");
    page.waitForCount(ceasefire(r -> true) + " reports");
    assertTrue(
        (Long) page.js("return document.scrollingElement.scrollWidth") <= 390,
        "no sideways scrolling");
    assertFalse(page.find("#facets").isDisplayed(), "filters fold away on a phone");
    browser.screenshot("07-results-phone");
    page.find("#filters-toggle").click();
    page.waitFor(d -> page.find("#facets").isDisplayed());
    browser.screenshot("08-filters-phone");
    page.find("#filters-toggle").click();
    page.find("#hits .hit-title a").click();
    page.waitFor(d -> !page.all(".report h1").isEmpty());
    assertTrue(
        (Long) page.js("return document.scrollingElement.scrollWidth") <= 390,
        "no sideways scrolling");
    browser.screenshot("09-report-phone");
  }

  /** The chart asks for day counts when its span is short: wait until they are drawn. */
  private void waitForDayCounts() {
    page.waitFor(d -> !"month".equals(page.find("#timeline-chart svg").getAttribute("data-unit")));
  }

  /** The bar whose span holds the date. */
  private WebElement barWith(String date) {
    return page.all("#timeline-chart g.bar").stream()
        .filter(g -> g.getAttribute("data-start").compareTo(date) <= 0
            && g.getAttribute("data-end").compareTo(date) >= 0)
        .findFirst()
        .orElseThrow();
  }

  /** Clicks the bar whose span holds the date; returns its first and last day. */
  private String[] clickBarWith(String date) {
    String before = page.driver.getCurrentUrl();
    WebElement g = barWith(date);
    String[] range = {g.getAttribute("data-start"), g.getAttribute("data-end")};
    new Actions(page.driver).click(g.findElement(By.cssSelector("rect.hit"))).perform();
    page.waitFor(d -> !d.getCurrentUrl().equals(before) && !page.isLoading());
    return range;
  }

  private static Map<String, Long> withoutZeros(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
