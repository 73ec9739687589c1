package org.dispatches.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page and the embedded box on an archive shaped like a real one (issue 20), at a laptop's
 * 1366 px and a phone's 390 px: what broke there is checked here, each the way an analyst meets it.
 */
class ArchivePageTest {
  private static E2eServer server;
  private static StaticSite host;
  private static Browser browser;
  private PageDriver page;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    server = E2eServer.start(ArchiveCorpus::write);
    assertEquals(ArchiveCorpus.REPORTS.size(), server.summary.indexed(), "every report is indexed");
    host = new StaticSite("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"></head>
        <body style="margin:8px">
          <div id="box" data-dispatches data-results="3"></div>
          <script src="%sembed.js" async></script>
        </body></html>
        """.formatted(server.url()));
    browser = Browser.start(1366, 900);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    if (host != null) host.close();
    if (server != null) server.close();
  }

  private void at(int width) {
    browser.resize(width, 900);
    page = new PageDriver(browser.driver, server.url());
  }

  private static long mentioning(String word) {
    return ArchiveCorpus.count(
        r -> (r.title() + " " + r.body()).toLowerCase(Locale.ROOT).contains(word));
  }

  private void pauseAsync(long millis) {
    ((org.openqa.selenium.JavascriptExecutor) page.driver)
        .executeAsyncScript(
            "const done = arguments[arguments.length - 1]; setTimeout(done, arguments[0]);",
            millis);
  }

  @ParameterizedTest
  @ValueSource(ints = {1366, 390})
  void theSuggestionListClosesOnEnter(int width) {
    at(width);
    page.open("");
    page.waitForCount(String.format(Locale.US, "%,d reports", ArchiveCorpus.REPORTS.size()));
    WebElement q = page.find("#q");
    q.click();
    q.sendKeys("Outlet");
    page.waitFor(d -> page.find("#suggestions").isDisplayed());
    q.sendKeys(Keys.ENTER);
    page.waitFor(d -> !page.isLoading() && page.count().contains("“Outlet”"));
    pauseAsync(
        600); // longer than the suggestion delay: nothing typed before Enter may open it again
    assertFalse(page.find("#suggestions").isDisplayed(), "the list is closed after Enter");
    assertEquals("false", q.getAttribute("aria-expanded"));

    // Enter before the suggestions arrive: they must not open over the results afterwards
    q.clear();
    q.sendKeys("Outlet 0", Keys.ENTER);
    page.waitFor(d -> !page.isLoading() && page.count().contains("“Outlet 0”"));
    pauseAsync(600);
    assertFalse(page.find("#suggestions").isDisplayed(), "a late answer does not reopen the list");
  }

  @Test
  void theReportViewAndResultsNeverScrollSidewaysOnAPhone() throws Exception {
    at(390);
    page.open("?id=long");
    page.waitFor(d -> !page.all(".report h1").isEmpty());
    long viewport = (Long) page.js("return document.documentElement.clientWidth");
    assertTrue(
        (Long) page.js("return document.scrollingElement.scrollWidth") <= viewport,
        "report view: scrollWidth " + page.js("return document.scrollingElement.scrollWidth")
            + " of " + viewport);
    page.open("?q=live");
    page.waitForCount("1 report");
    assertTrue(
        (Long) page.js("return document.scrollingElement.scrollWidth") <= viewport, "results list");
    browser.screenshot("archive-report-phone");
  }

  @ParameterizedTest
  @ValueSource(ints = {1366, 390})
  void theHistogramShowsWhereTheReportsAre(int width) throws Exception {
    at(width);
    page.open("");
    page.waitFor(d -> !page.isLoading()
        && page.find("#timeline").isDisplayed()
        && "day".equals(page.find("#timeline-chart svg").getAttribute("data-unit")));
    List<WebElement> bars = page.all("#timeline-chart g.bar");
    LocalDate first = LocalDate.parse(bars.get(0).getAttribute("data-start"));
    LocalDate last = LocalDate.parse(bars.get(bars.size() - 1).getAttribute("data-end"));
    LocalDate burstEnd = ArchiveCorpus.BURST_START.plusDays(ArchiveCorpus.BURST_DAYS - 1);
    assertFalse(
        first.isAfter(ArchiveCorpus.BURST_START) || last.isBefore(burstEnd), first + ".." + last);
    assertTrue(
        first.isAfter(LocalDate.of(2024, 1, 1)) && last.isBefore(LocalDate.of(2024, 5, 1)),
        "the strays do not stretch the axis: " + first + ".." + last);
    assertEquals("Reports per day", page.find("#timeline-h").getAttribute("textContent"));
    WebElement earlier = page.find("#timeline-chart .timeline-edge.before");
    assertTrue(earlier.getText().contains("2 earlier (2014–2017)"), earlier.getText());

    // every axis label lies wholly inside the chart
    double svgWidth = ((Number) page.js(
            "return document.querySelector('#timeline-chart svg').getBoundingClientRect().width"))
        .doubleValue();
    @SuppressWarnings("unchecked")
    List<List<Number>> boxes = (List<List<Number>>)
        page.js(
            "return [...document.querySelectorAll('#timeline-chart text.tick')].map(t => { const b = t.getBBox(); return [b.x, b.x + b.width]; })");
    assertTrue(boxes.size() >= 2, "labels at both edges");
    for (List<Number> b : boxes) {
      assertTrue(
          b.get(0).doubleValue() >= 0 && b.get(1).doubleValue() <= svgWidth,
          "label cut: " + b + " of " + svgWidth);
    }
    browser.screenshot("archive-histogram-" + width);

    // click one day
    String day = "2024-03-10";
    clickBar(day);
    page.waitForCount(ArchiveCorpus.count(r -> r.date().equals(day)) + " report");
    assertTrue(
        page.currentQuery().contains("from=" + day) && page.currentQuery().contains("to=" + day),
        page.currentQuery());

    // drag across three days (the chart now shows the days around the choice)
    page.waitFor(d -> !page.isLoading()
        && !page.all("#timeline-chart g.bar[data-start='2024-03-08']").isEmpty());
    String before = page.driver.getCurrentUrl();
    page.waitFor(d -> {
      new Actions(page.driver)
          .clickAndHold(bar("2024-03-08"))
          .moveToElement(bar("2024-03-11"))
          .release()
          .perform();
      return true;
    });
    page.waitFor(d -> !d.getCurrentUrl().equals(before) && !page.isLoading());
    page.waitForCount(ArchiveCorpus.count(
            r -> r.date().compareTo("2024-03-08") >= 0 && r.date().compareTo("2024-03-11") <= 0)
        + " report");

    // the strays are one click away
    page.open("");
    page.waitFor(d ->
        !page.isLoading() && !page.all("#timeline-chart .timeline-edge.before").isEmpty());
    // the chart may be drawn again between finding the edge and clicking it: find it again then
    page.waitFor(d -> {
      page.find("#timeline-chart .timeline-edge.before").click();
      return true;
    });
    page.waitForCount(ArchiveCorpus.STRAY_DATES.size() + " reports");
  }

  private WebElement bar(String startDate) {
    return page.find("#timeline-chart g.bar[data-start='" + startDate + "'] rect.hit");
  }

  private void clickBar(String startDate) {
    String before = page.driver.getCurrentUrl();
    new Actions(page.driver).click(bar(startDate)).perform();
    page.waitFor(d -> !d.getCurrentUrl().equals(before) && !page.isLoading());
  }

  @ParameterizedTest
  @ValueSource(ints = {1366, 390})
  void anUnreadableQueryIsOneReadableMessageAndTheFiltersStay(int width) {
    at(width);
    page.open("?q=" + java.net.URLEncoder.encode("(((", java.nio.charset.StandardCharsets.UTF_8));
    page.waitFor(d -> !page.all("#notice .notice.error").isEmpty() && !page.isLoading());
    String notice = page.find("#notice .notice.error").getText();
    assertTrue(notice.contains("bracket"), notice);
    for (String raw : List.of("Encountered", "Cannot parse", "column", "<EOF>"))
      assertFalse(notice.contains(raw), notice);
    long headings = (Long)
        page.js(
            "return [...document.querySelectorAll('h1,h2,h3,[role=status]')]"
                + ".filter(e => e.offsetParent !== null && /could not be read/i.test(e.textContent)).length");
    assertEquals(1, headings, "one heading says it");
    page.waitFor(d -> !page.all("section[data-facet='outlet'] .facet-item").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(ints = {1366, 390})
  void aFacetPanelFindsAnyValueAndTheUnknownOutlet(int width) {
    at(width);
    page.open("");
    page.waitForCount("1,");
    if (page.find("#filters-toggle").isDisplayed()) page.find("#filters-toggle").click();
    assertFalse(
        page.facet("outlet").containsKey(ArchiveCorpus.RARE_OUTLET),
        "the rare outlet is below the top values");
    WebElement box = page.find("section[data-facet='outlet'] input.facet-filter");
    box.sendKeys("reu");
    page.waitFor(d -> page.facet("outlet").containsKey(ArchiveCorpus.RARE_OUTLET));
    assertEquals(1L, page.facet("outlet").get(ArchiveCorpus.RARE_OUTLET));
    page.tick("outlet", ArchiveCorpus.RARE_OUTLET);
    page.waitForCount("1 report");

    page.open("");
    page.waitForCount("1,");
    if (page.find("#filters-toggle").isDisplayed()) page.find("#filters-toggle").click();
    page.find("section[data-facet='outlet'] input.facet-filter").sendKeys("UNKN");
    page.waitFor(d -> page.facet("outlet").containsKey("unknown"));
    assertEquals((long) ArchiveCorpus.NO_OUTLET, page.facet("outlet").get("unknown"));
    page.tick("outlet", "unknown");
    page.waitForCount(ArchiveCorpus.NO_OUTLET + " reports");
  }

  @Test
  void sentencesJoinedWithoutASpaceAreSplitForReadingAndSearching() {
    at(1366);
    page.open("?q=uncertain");
    page.waitForCount("1 report");
    String snippet = page.find("#hits .snippet").getText();
    assertTrue(
        snippet.contains("uncertain.") && !snippet.contains("uncertain.The"),
        "the snippet ends at the sentence: " + snippet);
    page.open("?q=deal");
    page.waitForCount("1 report");
    page.open("?id=joined");
    page.waitFor(d -> !page.all(".report h1").isEmpty());
    assertTrue(page.find(".report-body").getText().contains("uncertain. The deal collapsed"));
  }

  @Test
  void figureChipsAreGroupedCappedAndSayTheirClaim() {
    at(1366);
    page.open("?q=tallies");
    page.waitForCount("1 report");
    List<String> chips =
        page.all("#hits .chip.figure").stream().map(WebElement::getText).toList();
    assertTrue(chips.size() <= 6, "capped: " + chips);
    assertEquals(new HashSet<>(chips).size(), chips.size(), "no chip twice: " + chips);
    assertTrue(
        chips.get(chips.size() - 1).matches("\\+\\d+ more"), "the rest is counted: " + chips);
    List<String> kinds = page.all("#hits .chip.figure[data-kind]").stream()
        .map(e -> e.getAttribute("data-kind"))
        .toList();
    List<String> seen = new ArrayList<>();
    for (String k : kinds) {
      assertTrue(
          seen.isEmpty() || seen.get(seen.size() - 1).equals(k) || !seen.contains(k),
          "grouped by kind: " + kinds);
      seen.add(k);
    }
    // the page's own rules, on figures that show each case
    @SuppressWarnings("unchecked")
    List<String> labels = (List<String>)
        ((org.openqa.selenium.JavascriptExecutor) page.driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        Promise.all([import('./js/figures.js'), import('./js/dom.js')]).then(([f, d]) => {
          const figs = [{kind: 'killed', value: 45}, {kind: 'hostages', value: 1}, {kind: 'killed', value: 33207},
            {kind: 'killed', value: 33207}, {kind: 'killed', value: 85000, claim: 'projected'}, {kind: 'truce_days', value: 60, claim: 'proposed'}];
          const {shown, hidden} = f.chipFigures(figs, 4);
          done([...shown.map(d.figureLabel), '+' + hidden.length]);
        });
        """);
    assertEquals(
        List.of("33,207 killed", "45 killed", "1 hostage", "60 truce days, proposed", "+1"),
        labels);
  }

  @Test
  void theEmbeddedBoxSeparatesThousandsExplainsErrorsAndFitsAPhone() {
    at(390);
    browser.driver.get(host.url());
    SearchContext box = new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> {
      WebElement e = d.findElement(By.id("box"));
      return e.getShadowRoot();
    });
    WebElement input = box.findElement(By.cssSelector("input"));
    input.sendKeys("truce", Keys.ENTER);
    String total = String.format(Locale.US, "%,d", mentioning("truce"));
    page = new PageDriver(browser.driver, host.url());
    page.waitFor(d ->
        box.findElement(By.cssSelector(".status")).getText().startsWith(total + " reports match"));
    assertTrue(box.findElement(By.cssSelector(".foot a"))
        .getText()
        .contains("See all " + total + " results"));

    input.clear();
    input.sendKeys("live", Keys.ENTER);
    page.waitFor(d -> box.findElement(By.cssSelector(".status")).getText().startsWith("1 report"));
    long viewport = (Long) page.js("return document.documentElement.clientWidth");
    assertTrue(
        (Long) page.js("return document.scrollingElement.scrollWidth") <= viewport,
        "the box fits a phone");

    input.clear();
    input.sendKeys("(((", Keys.ENTER);
    page.waitFor(
        d -> box.findElement(By.cssSelector(".status")).getText().contains("could not be read"));
    String status = box.findElement(By.cssSelector(".status")).getText();
    assertTrue(status.contains("bracket"), status);
    for (String raw : List.of("Encountered", "Cannot parse", "column"))
      assertFalse(status.contains(raw), status);
  }
}
