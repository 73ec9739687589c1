package org.dispatches.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search box embedded with one script tag on a page of another origin. */
class EmbedBoxTest {
  private static E2eServer server;
  private static StaticSite host;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    server = E2eServer.start();
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort(); // nothing listens here once the socket is closed
    }
    host = new StaticSite("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Daily Ledger</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>
          body { font-family: "Comic Sans MS", cursive; max-width: 760px; margin: 24px auto; padding: 0 16px; background: #f1efe9; }
          * { color: rgb(255, 0, 0) !important; }
          .title { font-size: 40px; }
          input, button { background: yellow; border: 3px dashed green; }
          .ledger-intro { color: #333 !important; }
        </style></head>
        <body>
          <h1>The Daily Ledger</h1>
          <p class="title" id="host-title">Our coverage of the war</p>
          <div id="box1" data-dispatches data-results="3" data-placeholder="Search our coverage"></div>
          <p>A box with a fixed filter:</p>
          <dispatches-search id="box2" outlet="Reuters" query="ceasefire"></dispatches-search>
          <p>A box pointed at a server that is down:</p>
          <div id="box3" data-dispatches data-server="http://127.0.0.1:%d/" data-query="ceasefire"></div>
          <script src="%sembed.js" async></script>
        </body></html>
        """.formatted(closedPort, server.url()));
    browser = Browser.start(900, 1200);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    if (host != null) host.close();
    if (server != null) server.close();
  }

  private SearchContext shadow(String id) {
    WebElement hostElement = new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> {
      WebElement e = d.findElement(By.id(id));
      return e.getShadowRoot() != null ? e : null;
    });
    return hostElement.getShadowRoot();
  }

  private static <T> T waitFor(
      java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
    return new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(condition::apply);
  }

  private static String status(SearchContext box) {
    return box.findElement(By.cssSelector(".status")).getText();
  }

  @Test
  void embeddedBoxSearchesFromAnotherOrigin() throws Exception {
    browser.driver.get(host.url());
    SearchContext box = shadow("box1");
    WebElement input = box.findElement(By.cssSelector("input"));
    assertEquals("Search our coverage", input.getAttribute("placeholder"));
    input.sendKeys("ceasefire", Keys.ENTER);
    long expected = TestCorpus.count(r -> r.mentions("ceasefire"));
    waitFor(d -> status(box).startsWith(expected + " reports match"));
    List<WebElement> hits = box.findElements(By.cssSelector("li"));
    assertEquals(3, hits.size(), "data-results limits the list");
    String link = hits.get(0).findElement(By.cssSelector(".title a")).getAttribute("href");
    assertTrue(
        link.startsWith(server.url() + "?") && link.contains("id="),
        "a result links to the report on the server: " + link);
    assertTrue(
        box.findElement(By.cssSelector(".foot a")).getText().contains("See all " + expected));
    assertTrue(!box.findElements(By.cssSelector(".snippet mark")).isEmpty());

    // Host styles do not reach into the box, and the box's styles do not reach the page.
    Object titleColor = js(
        "return getComputedStyle(arguments[0]).color",
        hits.get(0).findElement(By.cssSelector(".title a")));
    assertNotEquals("rgb(255, 0, 0)", titleColor);
    assertEquals(
        "40px", js("return getComputedStyle(document.getElementById('host-title')).fontSize"));
    assertNotEquals(
        "rgb(255, 255, 0)", js("return getComputedStyle(arguments[0]).backgroundColor", input));
    browser.screenshot("10-embed-host");
  }

  @Test
  void fixedFilterAndUnreachableServer() {
    browser.driver.get(host.url());
    SearchContext fixed = shadow("box2");
    long reuters = TestCorpus.count(r -> r.mentions("ceasefire") && r.outlet().equals("Reuters"));
    waitFor(d -> status(fixed).startsWith(reuters + " report"));
    for (WebElement outlet : fixed.findElements(By.cssSelector(".meta .outlet")))
      assertEquals("Reuters", outlet.getText());

    SearchContext down = shadow("box3");
    waitFor(d -> status(down).contains("could not be reached"));
    assertTrue(status(down).contains("Try again"));
  }

  @Test
  void markupInReportsIsShownAsTextInTheBox() {
    browser.driver.get(host.url());
    SearchContext box = shadow("box1");
    box.findElement(By.cssSelector("input")).sendKeys("convoy", Keys.ENTER);
    waitFor(d -> status(box).startsWith("1 report"));
    assertEquals(
        TestCorpus.XSS_TITLE, box.findElement(By.cssSelector(".title a")).getText());
    assertTrue(box.findElements(By.cssSelector("ol script, ol img")).isEmpty());
    assertNull(js("return window.__xss"));
  }

  /** The picture in docs/EMBED.md: the box on an ordinary article page, in light and dark. */
  @Test
  void embedOnATidyHostPage() throws Exception {
    try (StaticSite tidy = new StaticSite("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Daily Ledger</title>
        <style>
          body { font: 17px/1.6 Georgia, serif; color: #222; background: #fff; max-width: 760px; margin: 0 auto; padding: 20px; }
          h1 { font: 700 26px/1.2 system-ui, sans-serif; margin: 0 0 4px; } .kicker { color: #777; font: 13px system-ui; margin: 0 0 16px; }
          .two { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; margin-top: 16px; }
        </style></head><body>
          <h1>The Daily Ledger</h1><p class="kicker">Archive search, powered by Dispatches</p>
          <div class="two">
            <div id="light" data-dispatches data-results="2" data-query="ceasefire" data-placeholder="Search our coverage"></div>
            <dispatches-search id="dark" theme="dark" results="2" query="hostages" placeholder="Search"></dispatches-search>
          </div>
          <script src="%sembed.js" async></script>
        </body></html>""".formatted(server.url()))) {
      browser.resize(900, 760);
      browser.driver.get(tidy.url());
      SearchContext light = shadow("light");
      SearchContext dark = shadow("dark");
      waitFor(d -> status(light).contains("match") && status(dark).startsWith("1 report matches"));
      assertTrue(!dark.findElements(By.cssSelector("li")).isEmpty());
      browser.screenshot("11-embed-docs");
    } finally {
      browser.resize(900, 1200);
    }
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser.driver).executeScript(script, args);
  }
}
