package org.dispatches.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.dispatches.api.Html;

/** Formats highlighted passages as HTML: matches in {@code <mark>}, all other text escaped. */
final class MarkFormatter extends PassageFormatter {
  static final String ELLIPSIS = " … ";
  /** Line breaks inside a passage mean nothing in a one-paragraph snippet. */
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  @Override
  public Object format(Passage[] passages, String content) {
    StringBuilder sb = new StringBuilder();
    int lastEnd = -1;
    for (Passage p : passages) {
      if (sb.length() > 0) sb.append(ELLIPSIS);
      int pos = p.getStartOffset();
      for (int i = 0; i < p.getNumMatches(); i++) {
        int start = p.getMatchStarts()[i];
        int end = p.getMatchEnds()[i];
        if (start < pos) continue; // overlapping matches: keep the first
        Html.escape(content, pos, start, sb);
        sb.append("<mark>");
        Html.escape(content, start, end, sb);
        sb.append("</mark>");
        pos = end;
      }
      Html.escape(content, pos, Math.max(pos, p.getEndOffset()), sb);
      lastEnd = p.getEndOffset();
    }
    if (lastEnd >= 0 && lastEnd < content.length()) sb.append(" …");
    return WHITESPACE.matcher(sb).replaceAll(" ").strip();
  }
}
