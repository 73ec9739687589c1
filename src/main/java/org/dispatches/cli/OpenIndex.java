package org.dispatches.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.dispatches.extract.Gazetteer;
import org.dispatches.search.ActorNames;
import org.dispatches.search.SearchService;
import org.dispatches.search.SearcherSource;

/** An index folder opened for searching: the directory, its searchers and the search service. */
final class OpenIndex implements AutoCloseable {
  private final FSDirectory directory;
  private final SearcherSource searchers;
  private final SearchService service;

  private OpenIndex(FSDirectory directory) throws IOException {
    this.directory = directory;
    this.searchers = SearcherSource.open(directory);
    this.service = new SearchService(searchers, new ActorNames(Gazetteer.loadDefault()));
  }

  static OpenIndex open(Path indexDir) throws IOException {
    if (!exists(indexDir)) {
      throw new IOException("no index at " + indexDir + "; build one with: dispatches index --corpus PATH");
    }
    return new OpenIndex(FSDirectory.open(indexDir));
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

  @Override
  public void close() throws IOException {
    searchers.close();
    directory.close();
  }
}
