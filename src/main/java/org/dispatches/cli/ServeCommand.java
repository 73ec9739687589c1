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
import org.dispatches.server.DispatchesServer;
import org.dispatches.server.ServerConfig;
import org.dispatches.search.SearchBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dispatches serve}: the API, the web page and the embed script over one index. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve search over HTTP; builds the index from corpus/ first when there is none.")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = Logger.getLogger(ServeCommand.class.getName());

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

  @Mixin BackendOptions backend = new BackendOptions();

  @Override
  public Integer call() throws Exception {
    if (backend.openSearch()) {
      // the cluster refreshes by itself: no index to build first, no reader to reopen
      serve(backend.connect(), () -> {});
      return 0;
    }
    Path indexDir = index == null ? Locations.defaultIndex() : index;
    if (!OpenIndex.exists(indexDir)) {
      System.err.println("No index at " + indexDir + " yet: indexing " + Locations.defaultCorpus() + " first.");
      System.out.println(IndexCommand.run(indexDir, List.of(Locations.defaultCorpus()), false, null, System.err).line());
    }
    try (OpenIndex open = OpenIndex.open(indexDir)) {
      // picks up commits of a `dispatches index` run in another process, without a restart
      serve(open.service(), () -> refresh(open));
    }
    return 0;
  }

  /** Serves {@code search} until the process is stopped, calling {@code refresh} every second. */
  private void serve(SearchBackend search, Runnable refresh) throws Exception {
    Path webDir = web == null ? Locations.defaultWeb() : web;
    ServerConfig config = new ServerConfig(host, port, Files.isDirectory(webDir) ? webDir : null, Set.copyOf(allowedOrigins));
    DispatchesServer server = new DispatchesServer(config, search).start();
    ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
    refresher.scheduleWithFixedDelay(refresh, 1, 1, TimeUnit.SECONDS);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      refresher.shutdown();
      server.close();
      stopped.countDown();
    }));
    System.out.printf("Dispatches: %,d reports, serving http://%s:%d/%n", search.count(), host, server.port());
    stopped.await();
  }

  private static void refresh(OpenIndex open) {
    try {
      open.searchers().refresh();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "index refresh failed; serving the previous view", e);
    }
  }
}
