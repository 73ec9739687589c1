package org.dispatches.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * A report in a language with its own fields is highlighted in the field whose analysis matched
 * (e.g. {@code body_ar} marks every form of an Arabic word the query found).
 */
final class SnippetMaker {
  private static final String[] FIELDS = fields();
  private static final int[] PASSAGES = passages();
  private final Analyzer analyzer = TextAnalysis.perField();

  /**
   * One snippet per hit of {@code page}, in order, highlighting only the text fields some report
   * of the view has ({@code present}): an English archive has no Arabic fields to look through.
   */
  String[] snippets(IndexSearcher searcher, Query query, TopDocs page, Set<String> present) throws IOException {
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new MarkFormatter())
        .withMaxNoHighlightPassages(1)
        .withMaxLength(20_000)
        .build();
    List<String> fields = new ArrayList<>();
    List<Integer> passages = new ArrayList<>();
    for (int i = 0; i < FIELDS.length; i++) {
      if (present.contains(FIELDS[i])) {
        fields.add(FIELDS[i]);
        passages.add(PASSAGES[i]);
      }
    }
    Map<String, String[]> byField = fields.isEmpty() ? Map.of()
        : highlighter.highlightFields(fields.toArray(new String[0]), query, page,
            passages.stream().mapToInt(Integer::intValue).toArray());
    String[] out = new String[page.scoreDocs.length];
    for (int i = 0; i < out.length; i++) out[i] = choose(byField, i);
    return out;
  }

  /** The first body with a match, else the first title with one, else the body's opening. */
  private static String choose(Map<String, String[]> byField, int hit) {
    for (String field : Fields.BODY_FIELDS) {
      if (marked(text(byField, field, hit))) return text(byField, field, hit);
    }
    for (String field : Fields.TITLE_FIELDS) {
      if (marked(text(byField, field, hit))) return text(byField, field, hit);
    }
    for (String field : FIELDS) {
      String text = text(byField, field, hit);
      if (text != null && !text.isEmpty()) return text;
    }
    return "";
  }

  /** The snippet of {@code field} for the hit, or null when the field was not highlighted. */
  private static String text(Map<String, String[]> byField, String field, int hit) {
    String[] texts = byField.get(field);
    return texts == null ? null : texts[hit];
  }

  private static boolean marked(String snippet) {
    return snippet != null && snippet.contains("<mark>");
  }

  private static String[] fields() {
    java.util.List<String> fields = new java.util.ArrayList<>(Fields.BODY_FIELDS);
    fields.addAll(Fields.TITLE_FIELDS);
    return fields.toArray(new String[0]);
  }

  /** Two passages of a body, one of a title. */
  private static int[] passages() {
    int[] passages = new int[Fields.BODY_FIELDS.size() + Fields.TITLE_FIELDS.size()];
    java.util.Arrays.fill(passages, 0, Fields.BODY_FIELDS.size(), 2);
    java.util.Arrays.fill(passages, Fields.BODY_FIELDS.size(), passages.length, 1);
    return passages;
  }
}
