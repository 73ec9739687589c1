package org.dispatches.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFields;
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
   * of the view has: an English archive has no Arabic fields to look through.
   * With {@code threads} (null for none) the page is cut in {@code parts} runs of hits highlighted
   * side by side: highlighting is about half the work of answering a plain search. Before each
   * field of each hit {@code deadline} is asked whether the request may go on.
   */
  String[] snippets(
      FacetedSearcher view,
      StoredFields stored,
      Query query,
      TopDocs page,
      ExecutorService threads,
      int parts,
      SearchDeadline deadline)
      throws IOException {
    PageSearcher searcher = new PageSearcher(view, stored);
    List<String> fields = new ArrayList<>();
    List<Integer> passages = new ArrayList<>();
    boolean exact = ExactQueries.touchExactFields(query);
    for (int i = 0; i < FIELDS.length; i++) {
      if (view.fieldNames().contains(FIELDS[i])
          && (exact || !Fields.EXACT_OF.containsValue(FIELDS[i]))) {
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
    Set<Stage> marking = Stage.marking(query);
    if (runs <= 1)
      return snippetsOf(searcher, query, fieldNames, docs, maxPassages, marking, deadline);

    List<Future<String[]>> later = new ArrayList<>();
    int per = (docs.length + runs - 1) / runs;
    for (int from = per; from < docs.length; from += per) {
      int[] run = Arrays.copyOfRange(docs, from, Math.min(docs.length, from + per));
      later.add(threads.submit(
          () -> snippetsOf(searcher, query, fieldNames, run, maxPassages, marking, deadline)));
    }
    int[] first = Arrays.copyOfRange(docs, 0, per);
    String[] out = Arrays.copyOf(
        snippetsOf(searcher, query, fieldNames, first, maxPassages, marking, deadline),
        docs.length);
    int at = per;
    for (Future<String[]> f : later) {
      String[] run = join(f);
      System.arraycopy(run, 0, out, at, run.length);
      at += run.length;
    }
    return out;
  }

  /**
   * The snippet of each of {@code docs}. A hit takes the first body with a match, else the first
   * title with one, else its body's opening, so the fields are highlighted in stages: the stemmed
   * bodies, then the exact-word body, then the titles, each only for the hits no earlier stage
   * marked; a stage whose fields the query does not search ({@code marking} lacks it) can mark
   * nothing and runs last, for the hits nothing marked, which show an opening. Each field's
   * highlight of a hit is the same in any batch, so the snippets are those of highlighting every
   * field of every hit; the work is not: a hit costs a rewrite of the query and a passage search
   * per field, and most hits are decided by their body.
   */
  private String[] snippetsOf(
      PageSearcher searcher,
      Query query,
      String[] fields,
      int[] docs,
      int[] maxPassages,
      Set<Stage> marking,
      SearchDeadline deadline)
      throws IOException {
    if (marking.isEmpty()) // nothing can be marked (browsing, figures alone): one pass
    return chooseEach(highlight(searcher, query, fields, docs, maxPassages, deadline), docs.length);
    Map<String, String[]> byField = new HashMap<>();
    Pending pending = new Pending(docs);
    for (Stage stage : Stage.values()) {
      if (marking.contains(stage))
        pending = highlightStage(
            searcher, query, fields, maxPassages, deadline, f -> stage.holds(f), pending, byField);
    }
    highlightStage(
        searcher,
        query,
        fields,
        maxPassages,
        deadline,
        f -> marking.stream().noneMatch(stage -> stage.holds(f)),
        pending,
        byField);
    return chooseEach(byField, docs.length);
  }

  /**
   * Highlights the fields {@code stageHolds} of the pending hits into {@code byField}; returns the
   * hits it marked none of.
   */
  private Pending highlightStage(
      PageSearcher searcher,
      Query query,
      String[] fields,
      int[] maxPassages,
      SearchDeadline deadline,
      java.util.function.Predicate<String> stageHolds,
      Pending pending,
      Map<String, String[]> byField)
      throws IOException {
    List<Integer> chosen = new ArrayList<>();
    for (int f = 0; f < fields.length; f++) if (stageHolds.test(fields[f])) chosen.add(f);
    if (chosen.isEmpty() || pending.docs.length == 0) return pending;
    String[] stageFields = new String[chosen.size()];
    int[] stagePassages = new int[chosen.size()];
    for (int k = 0; k < stageFields.length; k++) {
      stageFields[k] = fields[chosen.get(k)];
      stagePassages[k] = maxPassages[chosen.get(k)];
    }
    Map<String, String[]> got =
        highlight(searcher, query, stageFields, pending.docs, stagePassages, deadline);
    List<Integer> unmarked = new ArrayList<>();
    for (int i = 0; i < pending.docs.length; i++) {
      boolean marked = false;
      for (Map.Entry<String, String[]> e : got.entrySet()) {
        byField.computeIfAbsent(e.getKey(), k -> new String[pending.total])[pending.at[i]] =
            e.getValue()[i];
        marked |= marked(e.getValue()[i]);
      }
      if (!marked) unmarked.add(i);
    }
    return pending.only(unmarked);
  }

  /** The hits still without a snippet: their documents and their places on the page. */
  private static final class Pending {
    final int[] docs;
    final int[] at;
    final int total;

    Pending(int[] docs) {
      this(docs, java.util.stream.IntStream.range(0, docs.length).toArray(), docs.length);
    }

    private Pending(int[] docs, int[] at, int total) {
      this.docs = docs;
      this.at = at;
      this.total = total;
    }

    Pending only(List<Integer> kept) {
      int[] d = new int[kept.size()];
      int[] a = new int[kept.size()];
      for (int k = 0; k < d.length; k++) {
        d[k] = docs[kept.get(k)];
        a[k] = at[kept.get(k)];
      }
      return new Pending(d, a, total);
    }
  }

  /** The stages fields are highlighted in, in the order {@link #choose} prefers them. */
  enum Stage {
    STEMMED_BODIES,
    EXACT_BODY,
    ALL_TITLES;

    boolean holds(String field) {
      return switch (this) {
        case STEMMED_BODIES -> Fields.BODY_FIELDS.contains(field);
        case EXACT_BODY -> field.equals(Fields.BODY_EXACT);
        case ALL_TITLES -> TITLES.contains(field);
      };
    }

    /** The stages whose fields {@code query} searches: only they can mark a hit. */
    static Set<Stage> marking(Query query) {
      Set<Stage> out = java.util.EnumSet.noneOf(Stage.class);
      for (Stage s : values()) if (TouchedFields.any(query, s::holds)) out.add(s);
      return out;
    }
  }

  private Map<String, String[]> highlight(
      PageSearcher searcher,
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
    return new DeadlineHighlighter(builder, searcher.fieldInfos(), deadline)
        .highlightFields(fields, query, docs, maxPassages);
  }

  /**
   * Asks the request's deadline before each field of each hit: re-analysing a hit's text against
   * the automata of fuzzy and wildcard terms is where such queries spend their time. (One
   * highlighter for the whole page: it builds those automata once.)
   */
  private static final class DeadlineHighlighter extends ExactFieldHighlighter {
    private final SearchDeadline deadline;

    DeadlineHighlighter(Builder builder, FieldInfos infos, SearchDeadline deadline) {
      super(builder, infos);
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

  /**
   * The view's searcher for the highlighter, reading stored text from the page's already read
   * fields ({@link PageStoredFields}) and field infos merged once per view.
   */
  private static final class PageSearcher extends IndexSearcher {
    private final StoredFields stored;
    private final FieldInfos fieldInfos;

    PageSearcher(FacetedSearcher view, StoredFields stored) {
      super(view.getIndexReader());
      this.stored = stored;
      this.fieldInfos = view.fieldInfos();
    }

    @Override
    public StoredFields storedFields() {
      return stored;
    }

    FieldInfos fieldInfos() {
      return fieldInfos;
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
