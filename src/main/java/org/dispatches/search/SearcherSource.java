package org.dispatches.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.dispatches.api.BadRequestException;
import org.dispatches.index.ArticleDocuments;

/**
 * Hands out searchers over the newest committed (or, with a writer, near-real-time) view of the
 * index; {@link #refresh()} picks up changes without a restart.
 */
public final class SearcherSource implements Closeable {
  private final SearchDeadline deadline;
  private final SliceExecutor slicing;
  private final ReferenceManager<IndexSearcher> manager;
  /** The views cursors point into, kept open a while after newer ones replace them. */
  private final SearcherLifetimeManager cursorViews = new SearcherLifetimeManager();
  /** How long a view stays readable by cursor after a newer one replaced it. */
  static final int CURSOR_VIEW_SECONDS = 600;

  private SearcherSource(
      SearchDeadline deadline, SliceExecutor slicing, ReferenceManager<IndexSearcher> manager) {
    this.deadline = deadline;
    this.slicing = slicing;
    this.manager = manager;
  }

  /** Searchers over the commits in {@code directory}, as another process writes them. */
  public static SearcherSource open(Directory directory) throws IOException {
    return open(directory, SliceExecutor.forThisMachine());
  }

  /** Searchers over the commits in {@code directory} whose lone requests spread over {@code slicing}'s threads. */
  static SearcherSource open(Directory directory, SliceExecutor slicing) throws IOException {
    SearchDeadline deadline = new SearchDeadline();
    return new SearcherSource(
        deadline, slicing, new SearcherManager(directory, factory(deadline, slicing)));
  }

  /** Near-real-time searchers over what {@code writer} has added, committed or not. */
  public static SearcherSource open(IndexWriter writer) throws IOException {
    SearchDeadline deadline = new SearchDeadline();
    SliceExecutor slicing = SliceExecutor.forThisMachine();
    return new SearcherSource(
        deadline, slicing, new SearcherManager(writer, factory(deadline, slicing)));
  }

  /** The per-request time limit every searcher of this source obeys. */
  SearchDeadline deadline() {
    return deadline;
  }

  /** The threads a lone request may spread its slices over. */
  SliceExecutor slicing() {
    return slicing;
  }

  /** Runs {@code work} with a searcher, releasing it afterwards. */
  public <T> T withSearcher(SearcherWork<T> work) throws IOException {
    FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
    try {
      return work.apply(searcher);
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * Keeps {@code searcher}'s view readable for cursors (until {@link #CURSOR_VIEW_SECONDS} after a
   * newer view replaced it) and returns the version that names it.
   */
  long keepForCursors(FacetedSearcher searcher) throws IOException {
    return cursorViews.record(searcher);
  }

  /**
   * Runs {@code work} with the view of {@code version} that {@link #keepForCursors} kept: the very
   * documents and numbering a cursor's first page saw, whatever was merged or committed since.
   *
   * @throws BadRequestException when that view is no longer kept
   */
  public <T> T withSearcher(long version, SearcherWork<T> work) throws IOException {
    IndexSearcher searcher = cursorViews.acquire(version);
    if (searcher == null) {
      throw new BadRequestException(
          "cursor_expired",
          "this cursor has expired (it is kept " + CURSOR_VIEW_SECONDS / 60
              + " minutes after the index changes, and not across restarts); run the search again from page 1");
    }
    try {
      return work.apply((FacetedSearcher) searcher);
    } finally {
      cursorViews.release(searcher);
    }
  }

  /**
   * Opens a new view if the index changed; cheap when it did not. Waits for a refresh another
   * thread has under way, so that after it returns the view holds every commit made before.
   */
  public void refresh() throws IOException {
    manager.maybeRefreshBlocking();
    cursorViews.prune(new SearcherLifetimeManager.PruneByAge(CURSOR_VIEW_SECONDS));
  }

  @Override
  public void close() throws IOException {
    try {
      cursorViews.close();
      manager.close();
    } finally {
      slicing.close();
    }
  }

  private static SearcherFactory factory(SearchDeadline deadline, SliceExecutor slicing) {
    FacetsConfig config = ArticleDocuments.facetsConfig();
    ExecutorService sliceThreads = deadline.carriedInto(slicing.threads());
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
          throws IOException {
        return new FacetedSearcher(reader, config, deadline, sliceThreads, slicing.slices());
      }
    };
  }

  /** Work done with a searcher. */
  @FunctionalInterface
  public interface SearcherWork<T> {
    T apply(FacetedSearcher searcher) throws IOException;
  }
}
