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
import picocli.CommandLine.Command;
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

  @Override
  public Integer call() throws Exception {
    Path indexDir = index == null ? Locations.defaultIndex() : index;
    if (!OpenIndex.exists(indexDir)) {
      System.err.println("No index at " + indexDir + " yet: indexing " + Locations.defaultCorpus() + " first.");
      System.out.println(IndexCommand.run(indexDir, List.of(Locations.defaultCorpus()), false, null, System.err).line());
    }
    Path webDir = web == null ? Locations.defaultWeb() : web;
    try (OpenIndex open = OpenIndex.open(indexDir)) {
      ServerConfig config = new ServerConfig(host, port, Files.isDirectory(webDir) ? webDir : null, Set.copyOf(allowedOrigins));
      DispatchesServer server = new DispatchesServer(config, open.service()).start();
      ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
      // picks up commits of a `dispatches index` run in another process, without a restart
      refresher.scheduleWithFixedDelay(() -> refresh(open), 1, 1, TimeUnit.SECONDS);
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        refresher.shutdown();
        server.close();
        stopped.countDown();
      }));
      System.out.printf("Dispatches: %,d reports, serving http://%s:%d/%n", open.service().count(), host, server.port());
      stopped.await();
    }
    return 0;
  }

  private static void refresh(OpenIndex open) {
    try {
      open.searchers().refresh();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "index refresh failed; serving the previous view", e);
    }
  }
}
