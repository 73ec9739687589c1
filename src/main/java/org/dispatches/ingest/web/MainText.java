package org.dispatches.ingest.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main text of a page, by general rules only (never one site's layout): page furniture goes
 * first (navigation, headers and footers, asides, forms, elements whose class or id says share,
 * comment, related, promo, byline, caption ...); then paragraphs score the blocks that hold them,
 * as in Arc90's Readability (length and commas; parents and grandparents share the score; class
 * and id hints add or take away; link density scales it down); the best block and its siblings
 * that score close to it are the article; within them, link lists and short furniture lines are
 * dropped again.
 */
final class MainText {
  private static final Set<String> ALWAYS_DROP = Set.of(
      "script",
      "style",
      "noscript",
      "template",
      "iframe",
      "svg",
      "canvas",
      "button",
      "input",
      "select",
      "textarea",
      "nav",
      "figcaption",
      "object",
      "embed",
      "video",
      "audio",
      "picture",
      "img",
      "head",
      "link",
      "meta",
      "dialog",
      "menu");
  /** Dropped unless they hold the article's paragraphs (some pages wrap everything in one). */
  private static final Set<String> FURNITURE_TAGS = Set.of("header", "footer", "aside", "form");

  private static final Pattern COMMENT_WORD = Pattern.compile(
      "(div-|article-|fb-|hdn-)?comment(s|list|-list|-body|-content|_content|s-area|-respond|-form|form)?(-\\d+)?|disqus_thread|respond");
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
  private static final Set<String> BLOCKS = Set.of(
      "p",
      "div",
      "section",
      "article",
      "main",
      "li",
      "ul",
      "ol",
      "dl",
      "dt",
      "dd",
      "h1",
      "h2",
      "h3",
      "h4",
      "h5",
      "h6",
      "blockquote",
      "pre",
      "table",
      "tr",
      "td",
      "th",
      "br",
      "hr",
      "figure",
      "header",
      "footer",
      "aside",
      "address",
      "center",
      "tbody",
      "thead");
  /** A paragraph that is page furniture whole: ad labels, prompts, gallery counters, reading times. */
  private static final Pattern FURNITURE_LINE = Pattern.compile(
      "(?i)(advertisement|advert|advertising|ad|sponsored( content)?|read more|continue reading|related( news| stories| articles)?"
          + "|share( this)?( article| story| post)?|sharing is caring!?|(you may|you might) also like\\W*|don'?t miss|more:?"
          + "|sign up.{0,80}|subscribe.{0,80}|click here.{0,80}|(image|photo|video)( credit)?:.{0,120}"
          + "|(image |photo )?\\d+ of \\d+|this slideshow requires javascript\\.?|loading\\.*|story continues below.{0,40}"
          + "|scroll to continue.{0,40}|more on this story|top stories|recommended( stories| for you)?|most (read|popular)"
          + "|back to top|print|email|comments?|tell us what you think.{0,10}|filed under:.{0,120}|tags?( ?:|\\n)(?s:.{0,300})"
          + "|(reading time|tempo de leitura|lesezeit|temps de lecture):? .{0,20}|posted (on|by|in) .{0,60}|more great .{0,30} stories)\\.?");
  /** A share button's label glued to the sentence it offers to share. */
  private static final Pattern CLICK_TO_TWEET = Pattern.compile("(?i)\\s*click to tweet$");
  /** A paragraph that is only a date and time: a dateline, a timestamp under the headline. */
  private static final Pattern DATE_ONLY = Pattern.compile(
      "(?i)(updated:? |published:? |posted:? )?[\\p{L}.,]{0,12} ?\\d{1,4}[-/., ]+(\\p{L}{3,9}\\.?|\\d{1,2})[-/., ]+\\d{2,4}"
          + "(,? (at )?\\d{1,2}[:.]\\d{2}([:.]\\d{2})? ?([ap]\\.?m\\.?)? ?[a-z]{0,4})?"
          + "|(?i)(updated:? |published:? )?\\p{L}{3,9}\\.? \\d{1,2},? \\d{4},?( (at )?\\d{1,2}[:.]\\d{2} ?([ap]\\.?m\\.?)? ?[a-z]{0,4})?");
  /** The reporter's sign-off: follow us, write to us, newsletters, who contributed. */
  private static final Pattern SIGN_OFF = Pattern.compile(
      "(?i)((follow|email|e-mail|reach|contact|listen to|join|get|have a tip|send|subscribe)\\b.{0,250}"
          + "(twitter|facebook|instagram|youtube|newsletter|inbox|@\\w|https?://|\\.com\\b).{0,200}"
          + "|.{0,120}\\bcontributed (to this report|reporting)( from .{0,60})?\\.?)");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\n+");
  private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");
  private static final Pattern LINE_SPACE = Pattern.compile(" ?\n ?");
  private static final Pattern FURNITURE_ROLE =
      Pattern.compile("(?i)navigation|complementary|banner|contentinfo|dialog|menu|alert");

  private final Map<Element, Double> scores = new IdentityHashMap<>();
  private TextLengths lengths;
  /** A schema.org articleBody shorter than this is a teaser, not a body. */
  private static final int LD_BODY_MIN = 300;

  private final Map<String, Boolean> negativeHints = new java.util.HashMap<>();
  private final Map<String, Boolean> positiveHints = new java.util.HashMap<>();

  /** The article's text in {@code doc} (which is changed); {@code ldBody} is the page's schema.org articleBody, or null. */
  String extract(Document doc, String ldBody, String title) {
    Element body = doc.body();
    if (body == null) return ldBody == null ? "" : ldBody.strip();
    dropFurniture(body);
    lengths = new TextLengths(body);
    Element top = bestCandidate(body);
    List<Element> parts = top == null ? List.of(body) : withSiblings(top);
    StringBuilder out = new StringBuilder();
    for (Element part : parts) new TextWriter(out, lengths).write(part);
    String text = tidy(out.toString(), title);
    return fromStructuredData(text, ldBody) ? tidy(ldBody.replace("\n", "\n\n"), title) : text;
  }

  /**
   * Whether the page's schema.org articleBody is the better text: the publisher's own statement of
   * the body, taken when the page's markup gave much less (an article filled in by script, text
   * split over many small blocks).
   */
  private static boolean fromStructuredData(String text, String ldBody) {
    return ldBody != null && ldBody.length() >= LD_BODY_MIN && text.length() * 2 < ldBody.length();
  }

  private void dropFurniture(Element body) {
    for (Element e : body.select("*")) {
      if (e.parent() == null) continue; // already gone with an ancestor
      String tag = e.normalName();
      if (ALWAYS_DROP.contains(tag) || isHidden(e)) {
        e.remove();
      } else if (isComments(e)) {
        e.remove();
      } else if (FURNITURE_TAGS.contains(tag) && paragraphChars(e) < 400) {
        e.remove();
      } else if (!tag.equals("body")
          && !tag.equals("article")
          && !tag.equals("main")
          && unlikely(e)
          && paragraphChars(e) < 400) {
        e.remove();
      }
    }
  }

  /**
   * Readers' comments: a class or id word that starts with "comment" (WordPress's comment-body,
   * comments-area, div-comment-12; Disqus's thread). Dropped whatever their size, since a long
   * thread outweighs the article it follows; a block marked as the article body is kept.
   */
  private static boolean isComments(Element e) {
    String hints = e.className() + " " + e.id();
    if (hints.indexOf("omment") < 0 && hints.indexOf("isqus") < 0 && hints.indexOf("espond") < 0)
      return false;
    for (String word : SPACES.split(hints.toLowerCase())) {
      if (COMMENT_WORD.matcher(word).matches())
        return e.selectFirst("[itemprop=articleBody]") == null;
    }
    return false;
  }

  private static boolean isHidden(Element e) {
    String style = e.attr("style").replace(" ", "").toLowerCase();
    return e.hasAttr("hidden")
        || "true".equals(e.attr("aria-hidden")) && e.text().length() < 200
        || style.contains("display:none")
        || style.contains("visibility:hidden");
  }

  private boolean unlikely(Element e) {
    String hints = e.className() + " " + e.id() + " " + e.attr("role") + " " + e.attr("itemprop");
    if (hints.isBlank()) return false;
    return negative(hints) && !positive(hints)
        || FURNITURE_ROLE.matcher(e.attr("role")).matches();
  }

  /** Whether class and id words say furniture; pages repeat their class names, so each is matched once. */
  private boolean negative(String hints) {
    return negativeHints.computeIfAbsent(hints, ClassHints::negative);
  }

  private boolean positive(String hints) {
    return positiveHints.computeIfAbsent(hints, ClassHints::positive);
  }

  /** Characters of text in the paragraphs under {@code e}: how much article it could hold. */
  private static int paragraphChars(Element e) {
    int n = 0;
    for (Element p : e.select("p")) n += p.text().length();
    return n;
  }

  private Element bestCandidate(Element body) {
    for (Element p : body.select("p, pre, td, blockquote, div, section")) {
      String text;
      if (PARAGRAPHS.contains(p.normalName())) {
        if (p.normalName().equals("td") && !p.select("p, div, table").isEmpty()) continue;
        text = p.text();
      } else {
        text = ownText(p);
      }
      if (text.length() < 25) continue;
      double score = 1 + count(text, ',') + Math.min(text.length() / 100.0, 3);
      // a block holding its own text is its own container; a paragraph scores the block it sits in
      Element ancestor = PARAGRAPHS.contains(p.normalName()) ? p.parent() : p;
      for (int level = 0; ancestor != null && level < 4; level++, ancestor = ancestor.parent()) {
        if (ancestor.normalName().equals("html")) break;
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        scores.merge(ancestor, initialScore(ancestor) + 0.0, (a, b) -> a);
        scores.merge(ancestor, score * share, Double::sum);
      }
    }
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - lengths.linkDensity(e.getKey()));
      e.setValue(s);
      if (s > best) {
        best = s;
        top = e.getKey();
      }
    }
    return top == null ? null : widen(top, body);
  }

  /**
   * Readability's second look: when several blocks score close to the best one, the article is
   * their common ancestor (paragraphs each wrapped in a card of their own). Readability's other
   * steps (a parent scoring higher, an only child's parent) cost precision here: 0.959 and 0.956
   * against 0.960 on the benchmark's pages.
   */
  private Element widen(Element top, Element body) {
    double topScore = scores.get(top);
    List<Element> close = new ArrayList<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getKey() != top && e.getValue() >= 0.75 * topScore) close.add(e.getKey());
    }
    if (close.size() >= 3) {
      for (Element ancestor = top.parent();
          ancestor != null && ancestor != body;
          ancestor = ancestor.parent()) {
        int inside = 0;
        for (Element c : close) if (isAncestor(ancestor, c)) inside++;
        if (inside >= 3) {
          top = ancestor;
          break;
        }
      }
    }
    return top;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element x = e.parent(); x != null; x = x.parent()) if (x == ancestor) return true;
    return false;
  }

  private double initialScore(Element e) {
    double s = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    String hints = e.className() + " " + e.id();
    if (!hints.isBlank()) {
      if (negative(hints)) s -= 25;
      if (positive(hints)) s += 25;
    }
    if (e.hasAttr("itemprop") && e.attr("itemprop").toLowerCase().contains("articlebody")) s += 50;
    return s;
  }

  /** The best block and those of its siblings that look like more of the article. */
  private List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null) return List.of(top);
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        parts.add(sibling);
        continue;
      }
      double s = scores.getOrDefault(sibling, 0.0);
      if (s >= threshold && sameKind(top, sibling)) {
        parts.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        String text = sibling.text();
        double links = lengths.linkDensity(sibling);
        if (text.length() > 80 && links < 0.25
            || text.length() > 0
                && links == 0
                && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0) {
          parts.add(sibling);
        }
      }
    }
    return parts;
  }

  private boolean sameKind(Element a, Element b) {
    return a.className().isEmpty()
        || b.className().isEmpty()
        || a.className().equals(b.className())
        || positive(b.className() + " " + b.id());
  }

  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) return 0;
    int links = 0;
    for (Element a : e.select("a")) links += a.text().length();
    return Math.min(1, (double) links / total);
  }

  private static String ownText(Element e) {
    StringBuilder b = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) b.append(t.text());
      else if (n instanceof Element c && !BLOCKS.contains(c.normalName())) b.append(c.text());
    }
    return b.toString().strip();
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
    return n;
  }

  /** Paragraphs one per blank-line-separated block; furniture lines and the headline repeated gone. */
  private static String tidy(String text, String title) {
    StringBuilder out = new StringBuilder();
    String headline = title == null ? "" : letters(title);
    for (String para : PARAGRAPH_BREAK.split(text)) {
      String p = LINE_SPACE
          .matcher(HORIZONTAL_SPACE.matcher(para).replaceAll(" "))
          .replaceAll("\n")
          .strip();
      p = CLICK_TO_TWEET.matcher(p).replaceAll("");
      if (p.isEmpty()) continue;
      // furniture is short: long paragraphs skip the patterns, which cost more than parsing the
      // page
      if (p.length() < 400
          && (FURNITURE_LINE.matcher(p).matches()
              || DATE_ONLY.matcher(p).matches()
              || SIGN_OFF.matcher(p).matches())) {
        continue;
      }
      if (!headline.isEmpty() && letters(p).equals(headline)) continue;
      if (!out.isEmpty()) out.append("\n\n");
      out.append(p);
    }
    return out.toString();
  }

  /** Letters and digits only, lower-cased: a headline compared with a paragraph whatever the punctuation. */
  private static String letters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.toLowerCase().codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** Writes an element's text with a blank line between blocks, leaving out link lists and furniture. */
  private static final class TextWriter {
    private final StringBuilder out;
    private final TextLengths lengths;

    TextWriter(StringBuilder out, TextLengths lengths) {
      this.out = out;
      this.lengths = lengths;
    }

    void write(Element root) {
      walk(root);
      out.append("\n\n");
    }

    private void walk(Node node) {
      if (node instanceof TextNode t) {
        out.append(SPACES.matcher(t.getWholeText()).replaceAll(" "));
        return;
      }
      if (!(node instanceof Element e)) return;
      String tag = e.normalName();
      if (tag.equals("br")) {
        out.append('\n');
        return;
      }
      boolean block = BLOCKS.contains(tag);
      if (block && skip(e)) return;
      if (block) out.append("\n\n");
      for (Node c : e.childNodes()) walk(c);
      if (block) out.append("\n\n");
    }

    /** A block that is a list of links (related stories, tags) or a short line of furniture. */
    private boolean skip(Element e) {
      long text = lengths.text(e);
      if (text == 0) return true;
      double links = lengths.linkDensity(e);
      if (links > 0.5 && !e.normalName().equals("p")) return true;
      return links > 0.8 && text < 200;
    }
  }
}
