package org.dispatches.e2e;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person looks at on the search page, read the way they would read it. */
final class PageDriver {
  final WebDriver driver;
  private final String base;

  PageDriver(WebDriver driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  void open(String query) {
    driver.get(base + query);
  }

  <T> T waitFor(ExpectedCondition<T> condition) {
    // a list redrawn while it is read leaves stale elements: read it again
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** The live region's text: "6 reports for “ceasefire”". */
  String count() {
    return find("#result-count").getText();
  }

  /** Waits until the page has finished a search and the live region starts with prefix. */
  void waitForCount(String prefix) {
    waitFor(d -> !isLoading() && count().startsWith(prefix));
  }

  boolean isLoading() {
    return (Boolean) ((JavascriptExecutor) driver)
        .executeScript("return document.body.classList.contains('loading')");
  }

  /** value -> count shown in one facet panel. */
  Map<String, Long> facet(String dim) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (WebElement item : all("section[data-facet='" + dim + "'] .facet-item")) {
      String value = item.findElement(By.cssSelector("input")).getAttribute("value");
      String count = item.findElement(By.cssSelector(".facet-count")).getText().replace(",", "");
      out.put(value, count.isEmpty() ? -1L : Long.parseLong(count));
    }
    return out;
  }

  void tick(String dim, String value) {
    String before = driver.getCurrentUrl();
    find("section[data-facet='" + dim + "'] input[value='" + value + "']").click();
    waitFor(d -> !d.getCurrentUrl().equals(before) && !isLoading());
  }

  List<String> hitOutlets() {
    return all("#hits .hit .outlet").stream().map(WebElement::getText).toList();
  }

  List<String> hitTitles() {
    return all("#hits .hit-title a").stream().map(WebElement::getText).toList();
  }

  String currentQuery() {
    return java.net.URI.create(driver.getCurrentUrl()).getRawQuery();
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }
}
