package org.dispatches.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.dispatches.api.ActorNames;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.index.IndexProgress;
import org.dispatches.index.IndexSummary;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.ReportIndexer;
import org.dispatches.search.SearchService;
import org.dispatches.search.SearcherSource;
import org.dispatches.server.DispatchesServer;
import org.dispatches.server.ServerConfig;

/** The real server, in process on a free port, over an index built from the test corpus, serving web/. */
final class E2eServer implements AutoCloseable {
  static final Path WEB =
      Path.of(System.getProperty("basedir", ".")).resolve("web").toAbsolutePath();

  private final Path workDir;
  private final FSDirectory directory;
  private final SearcherSource searchers;
  private final DispatchesServer server;
  final IndexSummary summary;

  /** Writes the reports the server indexes into a folder. */
  @FunctionalInterface
  interface CorpusWriter {
    void write(Path dir) throws IOException;
  }

  private E2eServer(Path workDir, CorpusWriter writer) throws IOException {
    this.workDir = workDir;
    Path corpus = workDir.resolve("corpus");
    writer.write(corpus);
    this.directory = FSDirectory.open(workDir.resolve("index"));
    try (ReportIndexer indexer = new ReportIndexer(
        directory, IndexingOptions.defaults().withRebuild(true), ArticleExtractor.withDefaults())) {
      this.summary = indexer.index(List.of(corpus), IndexProgress.NONE);
    }
    this.searchers = SearcherSource.open(directory);
    SearchService service = new SearchService(searchers, new ActorNames(Gazetteer.loadDefault()));
    this.server =
        new DispatchesServer(new ServerConfig("127.0.0.1", 0, WEB, Set.of()), service).start();
  }

  static E2eServer start() throws IOException {
    return start(TestCorpus::write);
  }

  /** A server over the reports {@code writer} writes. */
  static E2eServer start(CorpusWriter writer) throws IOException {
    return new E2eServer(Files.createTempDirectory("dispatches-e2e-"), writer);
  }

  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  String url() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  int port() {
    return server.port();
  }

  @Override
  public void close() throws IOException {
    server.close();
    searchers.close();
    directory.close();
    try (Stream<Path> files = Files.walk(workDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
