package org.dispatches.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dispatches.api.SearchBackend;
import org.dispatches.claims.SeriesStore;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.PushedReports;
import org.dispatches.server.DispatchesServer;
import org.dispatches.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dispatches serve}: the API, the web page and the embed script over one index. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve search over HTTP; builds the index from corpus/ first when there is none.")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = Logger.getLogger(ServeCommand.class.getName());
  static final String TOKEN_ENV = "DISPATCHES_WRITE_TOKEN";

  @Option(
      names = "--index",
      description = "Index folder (default: index/); its series/ folder holds the reference series")
  Path index;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE})")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE})")
  String host = ServerConfig.DEFAULT_HOST;

  @Option(names = "--web", description = "Static front end folder (default: web/)")
  Path web;

  @Option(
      names = "--allow-origin",
      description = "Origins allowed to call the API from a browser (default: any)")
  List<String> allowedOrigins = new ArrayList<>();

  @Option(
      names = "--write-token",
      paramLabel = "TOKEN",
      description = "Accept POST /api/reports with 'Authorization: Bearer TOKEN' (or set "
          + TOKEN_ENV + "); " + "the server then holds the index's write lock")
  String writeToken;

  @Mixin
  BackendOptions backend = new BackendOptions();

  @Override
  public Integer call() throws Exception {
    String token = writeToken != null ? writeToken : System.getenv(TOKEN_ENV);
    boolean writes = token != null && !token.isBlank();
    if (backend.openSearch()) {
      if (writes)
        throw new IllegalArgumentException(
            "--write-token needs the embedded index (--backend lucene)");
      // the cluster refreshes by itself: no index to build first, no reader to reopen
      serve(
          backend.connect(),
          null,
          () -> {},
          () -> {},
          null,
          index == null ? Locations.defaultIndex() : index);
      return 0;
    }
    Path indexDir = index == null ? Locations.defaultIndex() : index;
    if (!OpenIndex.exists(indexDir)) {
      System.err.println(
          "No index at " + indexDir + " yet: indexing " + Locations.defaultCorpus() + " first.");
      System.out.println(IndexCommand.run(
              indexDir, List.of(Locations.defaultCorpus()), IndexingOptions.defaults(), System.err)
          .line());
    }
    OpenIndex open = writes ? OpenIndex.openForWriting(indexDir) : OpenIndex.open(indexDir);
    try {
      PushedReports pushes = writes ? new PushedReports(open.indexer()) : null;
      // refreshing picks up commits of a `dispatches index` run in another process (or pushes),
      // without a restart
      serve(open.service(), pushes, () -> refresh(open), open, token, indexDir);
    } catch (Exception e) {
      open.close();
      throw e;
    }
    return 0;
  }

  /**
   * Serves {@code search} until the process is stopped, calling {@code refresh} every second. On
   * SIGTERM or Ctrl-C, requests in flight finish, then {@code resources} (the index and its writer,
   * which commits) are closed.
   */
  private void serve(
      SearchBackend search,
      PushedReports pushes,
      Runnable refresh,
      AutoCloseable resources,
      String token,
      Path indexDir)
      throws Exception {
    Path webDir = web == null ? Locations.defaultWeb() : web;
    ServerConfig config = new ServerConfig(
            host, port, Files.isDirectory(webDir) ? webDir : null, Set.copyOf(allowedOrigins))
        .withWriteToken(token)
        .withSeriesDir(SeriesStore.beside(indexDir).dir());
    DispatchesServer server = new DispatchesServer(config, search, pushes, refresh).start();
    ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
    refresher.scheduleWithFixedDelay(refresh, 1, 1, TimeUnit.SECONDS);
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(server, refresher, resources, closed)));
    System.out.printf(
        "Dispatches: %,d reports, serving http://%s:%d/%s%n",
        search.count(),
        host,
        server.port(),
        pushes != null ? " (accepting POST /api/reports)" : "");
    closed.await();
  }

  private static void stop(
      DispatchesServer server,
      ScheduledExecutorService refresher,
      AutoCloseable resources,
      CountDownLatch closed) {
    refresher.shutdown();
    server.close();
    try {
      resources.close();
      System.err.println("Dispatches stopped; index closed cleanly.");
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "closing the index failed", e);
    } finally {
      closed.countDown();
    }
  }

  private static void refresh(OpenIndex open) {
    try {
      // blocking: a push must not answer before its reports are visible, even while the timer
      // refreshes
      open.searchers().refresh();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "index refresh failed; serving the previous view", e);
    }
  }
}
