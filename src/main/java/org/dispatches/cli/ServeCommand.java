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
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.PushedReports;
import org.dispatches.server.DispatchesServer;
import org.dispatches.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dispatches serve}: the API, the web page and the embed script over one index. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve search over HTTP; builds the index from corpus/ first when there is none.")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = Logger.getLogger(ServeCommand.class.getName());
  static final String TOKEN_ENV = "DISPATCHES_WRITE_TOKEN";

  @Option(names = "--index", description = "Index folder (default: index/)")
  Path index;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE})")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE})")
  String host = ServerConfig.DEFAULT_HOST;

  @Option(names = "--web", description = "Static front end folder (default: web/)")
  Path web;

  @Option(names = "--allow-origin", description = "Origins allowed to call the API from a browser (default: any)")
  List<String> allowedOrigins = new ArrayList<>();

  @Option(names = "--write-token", paramLabel = "TOKEN",
      description = "Accept POST /api/reports with 'Authorization: Bearer TOKEN' (or set " + TOKEN_ENV + "); "
          + "the server then holds the index's write lock")
  String writeToken;

  @Override
  public Integer call() throws Exception {
    Path indexDir = index == null ? Locations.defaultIndex() : index;
    if (!OpenIndex.exists(indexDir)) {
      System.err.println("No index at " + indexDir + " yet: indexing " + Locations.defaultCorpus() + " first.");
      System.out.println(IndexCommand.run(indexDir, List.of(Locations.defaultCorpus()), IndexingOptions.defaults(), System.err).line());
    }
    String token = writeToken != null ? writeToken : System.getenv(TOKEN_ENV);
    boolean writes = token != null && !token.isBlank();
    Path webDir = web == null ? Locations.defaultWeb() : web;
    ServerConfig config = new ServerConfig(host, port, Files.isDirectory(webDir) ? webDir : null, Set.copyOf(allowedOrigins))
        .withWriteToken(token);
    OpenIndex open = writes ? OpenIndex.openForWriting(indexDir) : OpenIndex.open(indexDir);
    CountDownLatch closed = new CountDownLatch(1);
    try {
      PushedReports pushes = writes ? new PushedReports(open.indexer()) : null;
      DispatchesServer server = new DispatchesServer(config, open.service(), pushes, () -> refresh(open)).start();
      ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
      // picks up commits of a `dispatches index` run in another process (or pushes), without a restart
      refresher.scheduleWithFixedDelay(() -> refresh(open), 1, 1, TimeUnit.SECONDS);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, refresher, open, closed)));
      System.out.printf("Dispatches: %,d reports, serving http://%s:%d/%s%n", open.service().count(), host,
          server.port(), writes ? " (accepting POST /api/reports)" : "");
      closed.await();
    } catch (Exception e) {
      open.close();
      throw e;
    }
    return 0;
  }

  /** On SIGTERM or Ctrl-C: requests in flight finish, then the writer (if any) commits and closes. */
  private static void stop(DispatchesServer server, ScheduledExecutorService refresher, OpenIndex open, CountDownLatch closed) {
    refresher.shutdown();
    server.close();
    try {
      open.close();
      System.err.println("Dispatches stopped; index closed cleanly.");
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "closing the index failed", e);
    } finally {
      closed.countDown();
    }
  }

  private static void refresh(OpenIndex open) {
    try {
      open.searchers().refresh();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "index refresh failed; serving the previous view", e);
    }
  }
}
