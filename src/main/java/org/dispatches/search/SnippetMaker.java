package org.dispatches.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
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
  private static final List<String> BODIES = with(Fields.BODY_FIELDS, Fields.BODY_EXACT);
  private static final List<String> TITLES = with(Fields.TITLE_FIELDS, Fields.TITLE_EXACT);
  private static final String[] FIELDS = fields();
  private static final int[] PASSAGES = passages();
  /** Fewer hits than this per thread are not worth a hand-off. */
  private static final int MIN_HITS_PER_RUN = 3;

  private final Analyzer analyzer = TextAnalysis.perField();

  /**
   * One snippet per hit of {@code page}, in order, highlighting only the text fields some report
   * of the view has ({@code present}): an English archive has no Arabic fields to look through.
   * With {@code threads} (null for none) the page is cut in {@code parts} runs of hits highlighted
   * side by side: highlighting is about half the work of answering a plain search. Before each
   * field of each hit {@code deadline} is asked whether the request may go on.
   */
  String[] snippets(
      IndexSearcher searcher,
      Query query,
      TopDocs page,
      Set<String> present,
      ExecutorService threads,
      int parts,
      SearchDeadline deadline)
      throws IOException {
    List<String> fields = new ArrayList<>();
    List<Integer> passages = new ArrayList<>();
    boolean exact = ExactQueries.touchExactFields(query);
    for (int i = 0; i < FIELDS.length; i++) {
      if (present.contains(FIELDS[i]) && (exact || !Fields.EXACT_OF.containsValue(FIELDS[i]))) {
        fields.add(FIELDS[i]);
        passages.add(PASSAGES[i]);
      }
    }
    int[] docs = new int[page.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) docs[i] = page.scoreDocs[i].doc;
    if (fields.isEmpty()) return chooseEach(Map.of(), docs.length);
    String[] fieldNames = fields.toArray(new String[0]);
    int[] maxPassages = passages.stream().mapToInt(Integer::intValue).toArray();
    int runs = threads == null ? 1 : Math.min(parts, docs.length / MIN_HITS_PER_RUN);
    if (runs <= 1)
      return chooseEach(
          highlight(searcher, query, fieldNames, docs, maxPassages, deadline), docs.length);

    List<Future<String[]>> later = new ArrayList<>();
    int per = (docs.length + runs - 1) / runs;
    for (int from = per; from < docs.length; from += per) {
      int[] run = Arrays.copyOfRange(docs, from, Math.min(docs.length, from + per));
      later.add(threads.submit(() -> chooseEach(
          highlight(searcher, query, fieldNames, run, maxPassages, deadline), run.length)));
    }
    int[] first = Arrays.copyOfRange(docs, 0, per);
    String[] out = Arrays.copyOf(
        chooseEach(
            highlight(searcher, query, fieldNames, first, maxPassages, deadline), first.length),
        docs.length);
    int at = per;
    for (Future<String[]> f : later) {
      String[] run = join(f);
      System.arraycopy(run, 0, out, at, run.length);
      at += run.length;
    }
    return out;
  }

  private Map<String, String[]> highlight(
      IndexSearcher searcher,
      Query query,
      String[] fields,
      int[] docs,
      int[] maxPassages,
      SearchDeadline deadline)
      throws IOException {
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new MarkFormatter())
        .withMaxNoHighlightPassages(1)
        .withMaxLength(20_000);
    return new DeadlineHighlighter(builder, deadline)
        .highlightFields(fields, query, docs, maxPassages);
  }

  /**
   * Asks the request's deadline before each field of each hit: re-analysing a hit's text against
   * the automata of fuzzy and wildcard terms is where such queries spend their time. (One
   * highlighter for the whole page: it builds those automata once.)
   */
  private static final class DeadlineHighlighter extends ExactFieldHighlighter {
    private final SearchDeadline deadline;

    DeadlineHighlighter(Builder builder, SearchDeadline deadline) {
      super(builder);
      this.deadline = deadline;
    }

    @Override
    protected FieldHighlighter getFieldHighlighter(
        String field, Query query, Set<Term> allTerms, int maxPassages) {
      FieldHighlighter inner = super.getFieldHighlighter(field, query, allTerms, maxPassages);
      return new FieldHighlighter(field, null, null, null, maxPassages, 0, null, null) {
        @Override
        public Object highlightFieldForDoc(LeafReader reader, int docId, String content)
            throws IOException {
          deadline.check();
          return inner.highlightFieldForDoc(reader, docId, content);
        }

        @Override
        public OffsetSource getOffsetSource() {
          return inner.getOffsetSource();
        }
      };
    }
  }

  private static String[] join(Future<String[]> run) throws IOException {
    try {
      return run.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while highlighting");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IOException("highlighting failed", e.getCause());
    }
  }

  /** The snippet of each of {@code hits} hits, from the highlights of every field. */
  private static String[] chooseEach(Map<String, String[]> byField, int hits) {
    String[] out = new String[hits];
    for (int i = 0; i < hits; i++) out[i] = choose(byField, i);
    return out;
  }

  /** The first body with a match (stemmed, then exact), else the first title with one, else the body's opening. */
  private static String choose(Map<String, String[]> byField, int hit) {
    for (String field : BODIES) {
      if (marked(text(byField, field, hit))) return text(byField, field, hit);
    }
    for (String field : TITLES) {
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

  private static List<String> with(List<String> fields, String more) {
    List<String> all = new ArrayList<>(fields);
    all.add(more);
    return List.copyOf(all);
  }

  private static String[] fields() {
    List<String> fields = new ArrayList<>(BODIES);
    fields.addAll(TITLES);
    return fields.toArray(new String[0]);
  }

  /** Two passages of a body, one of a title. */
  private static int[] passages() {
    int[] passages = new int[BODIES.size() + TITLES.size()];
    Arrays.fill(passages, 0, BODIES.size(), 2);
    Arrays.fill(passages, BODIES.size(), passages.length, 1);
    return passages;
  }
}
