package org.dispatches.ingest.web;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The length of each element's text and of the part of it inside links, counted once for a whole
 * tree: asking each element for its text walks its subtree again, and over the blocks of a page
 * that cost more than parsing it (17 against 100 pages a second).
 */
final class TextLengths {
  private final Map<Element, long[]> lengths = new IdentityHashMap<>();

  TextLengths(Element root) {
    count(root, false);
  }

  /** {text, linked text} of {@code e}, whitespace runs counted as one. */
  private long[] count(Element e, boolean inLink) {
    boolean link = inLink || e.normalName().equals("a");
    long text = 0;
    long linked = 0;
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        int len = t.text().strip().length();
        text += len;
        if (link) linked += len;
      } else if (n instanceof Element c) {
        long[] sub = count(c, link);
        text += sub[0];
        linked += sub[1];
      }
    }
    long[] result = {text, linked};
    lengths.put(e, result);
    return result;
  }

  long text(Element e) {
    long[] l = lengths.get(e);
    return l == null ? e.text().length() : l[0];
  }

  /** The share of {@code e}'s text inside links: high in menus and lists of related stories. */
  double linkDensity(Element e) {
    long[] l = lengths.get(e);
    if (l == null) return MainText.linkDensity(e);
    return l[0] == 0 ? 0 : Math.min(1, (double) l[1] / l[0]);
  }
}
