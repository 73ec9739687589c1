package org.dispatches.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.dispatches.index.Fields;
import org.dispatches.index.TextAnalysis;

/**
 * Highlighted snippets for a page of hits: the body's best passages, or the title when only the
 * title matched (headline-only reports), or the body's opening when nothing matched (browsing).
 */
final class SnippetMaker {
  private static final String[] FIELDS = {Fields.BODY, Fields.TITLE};
  private static final int[] PASSAGES = {2, 1};
  private final Analyzer analyzer = TextAnalysis.perField();

  /** One snippet per hit of {@code page}, in order. */
  String[] snippets(IndexSearcher searcher, Query query, TopDocs page) throws IOException {
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new MarkFormatter())
        .withMaxNoHighlightPassages(1)
        .withMaxLength(20_000)
        .build();
    Map<String, String[]> byField = highlighter.highlightFields(FIELDS, query, page, PASSAGES);
    String[] body = byField.get(Fields.BODY);
    String[] title = byField.get(Fields.TITLE);
    String[] out = new String[page.scoreDocs.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = choose(body[i], title[i]);
    }
    return out;
  }

  private static String choose(String body, String title) {
    boolean bodyMatched = body != null && body.contains("<mark>");
    boolean titleMatched = title != null && title.contains("<mark>");
    if (bodyMatched || !titleMatched) return body != null && !body.isEmpty() ? body : nullToEmpty(title);
    return title;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
