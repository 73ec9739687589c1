package org.dispatches.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebPageReaderTest {
  private static final String ARTICLE = """
      <p>Negotiators met in Cairo on Monday, officials said, to discuss a ceasefire and the release of hostages.</p>
      <p>The talks, which lasted six hours, ended without agreement, according to two people briefed on them.</p>
      <p>Another round is expected later this week, the mediators said, as pressure grows on both sides.</p>
      """;

  private static String page(String head, String body) {
    return "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  @Test
  void keepsTheArticleAndDropsNavigationSharePromptsRelatedLinksAndComments() {
    String html = page("<title>Talks end - The Paper</title>", """
        <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
        <a class="skip-link" href="#main">Skip to content</a>
        <article><h1>Talks end without a deal</h1><div class="byline">By Jane Roe</div>
        <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
        <div class="article-body">%s</div>
        <p>Advertisement</p>
        <div class="related-links"><h3>Related</h3><ul><li><a href="/a">Other talks</a></li><li><a href="/b">More talks</a></li></ul></div>
        </article>
        <section id="comments" class="comments-area"><div class="comment-body"><p>I think this is a long and thoughtful comment that goes on about the talks, with commas, and more commas, for quite a while.</p></div></section>
        <footer><p>Copyright The Paper. All rights reserved.</p></footer>
        """.formatted(ARTICLE));
    WebPage page = WebPageReader.read(html, "https://paper.example/a");
    assertTrue(page.text().startsWith("Negotiators met in Cairo"));
    assertTrue(page.text().endsWith("pressure grows on both sides."));
    for (String gone : new String[] {
      "Skip to",
      "Share",
      "Tweet",
      "Related",
      "Other talks",
      "comment",
      "Copyright",
      "Advertisement",
      "By Jane Roe",
      "Home"
    }) {
      assertFalse(page.text().contains(gone), gone);
    }
    assertEquals(3, page.text().split("\n\n").length);
  }

  @Test
  void readsMetadataFromMetaTags() {
    String html = page("""
        <title>Ignored - Site</title>
        <meta property="og:title" content="Talks end without a deal">
        <meta property="article:published_time" content="2024-04-08T10:00:00Z">
        <meta name="author" content="Jane Roe">
        <meta property="og:site_name" content="The Paper">
        <link rel="canonical" href="https://paper.example/talks">
        """, "<article>" + ARTICLE + "</article>");
    WebPage page = WebPageReader.read(html, "https://paper.example/talks?utm=x");
    assertEquals("Talks end without a deal", page.title());
    assertEquals("2024-04-08T10:00:00Z", page.date());
    assertEquals("Jane Roe", page.author());
    WebPage rfc = WebPageReader.read(
        page("<meta name=\"date\" content=\"Mon, 18 Nov 2019 16:07:38 -0600\">", ARTICLE), null);
    assertEquals("2019-11-18T16:07:38-06:00", rfc.date());
    assertEquals("https://paper.example/talks", page.url());
    assertEquals("The Paper", page.siteName());
  }

  @Test
  void readsMetadataFromJsonLdAndTheTimeElement() {
    String ld = """
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
        {"@type":"NewsArticle","headline":"Aid trucks cross","datePublished":"2024-03-01",
         "author":[{"@type":"Person","name":"A. Writer"},{"@type":"Person","name":"B. Writer"}],
         "publisher":{"@type":"Organization","name":"Wire"}}]}</script>""";
    WebPage page = WebPageReader.read(page(ld, "<article>" + ARTICLE + "</article>"), null);
    assertEquals("Aid trucks cross", page.title());
    assertEquals("2024-03-01", page.date());
    assertEquals("A. Writer, B. Writer", page.author());
    assertEquals("Wire", page.siteName());

    WebPage timed = WebPageReader.read(
        page(
            "",
            "<article><h1>Headline</h1><time datetime=\"2023-10-09\">Oct 9</time>" + ARTICLE
                + "</article>"),
        null);
    assertEquals("2023-10-09", timed.date());
    assertEquals("Headline", timed.title());
  }

  @Test
  void brokenJsonLdDoesNotStopThePage() {
    WebPage page = WebPageReader.read(
        page("<script type=\"application/ld+json\">{not json</script>", ARTICLE), null);
    assertTrue(page.text().contains("Negotiators met"));
  }

  @Test
  void paragraphsSpreadOverSeveralBlocksAreAllKept() {
    StringBuilder cards = new StringBuilder("<div id=\"story\">");
    for (String p : ARTICLE.strip().split("\n"))
      cards
          .append("<div class=\"card\"><div class=\"card-inner\">")
          .append(p)
          .append("</div></div>");
    cards.append("</div><div class=\"sidebar\"><p>Sidebar text that is short.</p></div>");
    WebPage page = WebPageReader.read(page("", cards.toString()), null);
    assertTrue(page.text().contains("Negotiators met"));
    assertTrue(page.text().contains("Another round"));
    assertFalse(page.text().contains("Sidebar"));
  }

  @Test
  void aPageFilledInByScriptFallsBackToTheJsonLdArticleBody() {
    String body =
        "Negotiators met in Cairo on Monday to discuss a ceasefire and the release of hostages. "
            .repeat(5);
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Talks\",\"articleBody\":\""
            + body + "\"}</script>";
    WebPage page = WebPageReader.read(
        page(ld, "<div id=\"app\"><p>Loading the story, please wait a moment.</p></div>"), null);
    assertTrue(page.text().startsWith("Negotiators met in Cairo"), page.text());
    WebPage full = WebPageReader.read(page(ld, "<article>" + ARTICLE + "</article>"), null);
    assertTrue(
        full.text().contains("Another round is expected"),
        "the page's own text when it holds the article");
  }
}
