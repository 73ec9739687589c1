package org.dispatches.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.dispatches.api.ActorNames;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.ReportIndexer;
import org.dispatches.search.SearchService;
import org.dispatches.search.SearcherSource;

/**
 * An index folder opened for searching: the directory, its searchers and the search service; when
 * opened for writing, also the one writer Lucene allows, whose searchers then see pushes at once.
 */
final class OpenIndex implements AutoCloseable {
  private final FSDirectory directory;
  private final ReportIndexer indexer;
  private final SearcherSource searchers;
  private final SearchService service;

  private OpenIndex(FSDirectory directory, ReportIndexer indexer) throws IOException {
    this.directory = directory;
    this.indexer = indexer;
    this.searchers =
        indexer == null ? SearcherSource.open(directory) : SearcherSource.open(indexer.writer());
    this.service = new SearchService(searchers, new ActorNames(Gazetteer.loadDefault()));
  }

  static OpenIndex open(Path indexDir) throws IOException {
    requireIndex(indexDir);
    return new OpenIndex(FSDirectory.open(indexDir), null);
  }

  /** Opens the index with its writer (holding write.lock until closed), for a server that takes pushes. */
  static OpenIndex openForWriting(Path indexDir) throws IOException {
    requireIndex(indexDir);
    FSDirectory dir = FSDirectory.open(indexDir);
    try {
      return new OpenIndex(
          dir, new ReportIndexer(dir, IndexingOptions.defaults(), ArticleExtractor.withDefaults()));
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new IOException(
          "the index " + indexDir + " is locked by another process (an index run or a"
              + " server with a write token); stop it first",
          e);
    }
  }

  private static void requireIndex(Path indexDir) throws IOException {
    if (!exists(indexDir)) {
      throw new IOException(
          "no index at " + indexDir + "; build one with: dispatches index --corpus PATH");
    }
  }

  /** Whether {@code indexDir} holds a committed index. */
  static boolean exists(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) return false;
    try (FSDirectory dir = FSDirectory.open(indexDir)) {
      return DirectoryReader.indexExists(dir);
    }
  }

  SearchService service() {
    return service;
  }

  SearcherSource searchers() {
    return searchers;
  }

  /** The writer, or null when the index was opened read-only. */
  ReportIndexer indexer() {
    return indexer;
  }

  /** Commits what the writer holds (if any), then closes searchers, writer and directory. */
  @Override
  public void close() throws IOException {
    searchers.close();
    if (indexer != null) {
      indexer.commit();
      indexer.close();
    }
    directory.close();
  }
}
