package org.dispatches.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the real {@code dispatches serve} on the bench index in a new JVM with a small heap,
 * times how long it takes to answer (JVM start included), and runs the mix against it: the
 * "serves N reports with -Xmx1g, ready in under 2 s" check. Only possible when running from the jar.
 */
final class ServeCheck {
  /** What the served process did. */
  record Outcome(String heap, double readyMillis, SearchResult search) {}

  private ServeCheck() {}

  /** The jar this code runs from, or null when it runs from classes (tests). */
  static Path ownJar() {
    try {
      Path p = Path.of(
          ServeCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return p.toString().endsWith(".jar") && Files.isRegularFile(p) ? p : null;
    } catch (Exception e) {
      return null;
    }
  }

  static Outcome run(
      Path jar, Path indexDir, Path logFile, String heap, OpenSearchBench.Measure measure)
      throws Exception {
    int port = freePort();
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(
        java,
        "--add-modules",
        "jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED",
        "-XX:+UseG1GC",
        "-Xmx" + heap,
        "-jar",
        jar.toString(),
        "serve",
        "--index",
        indexDir.toString(),
        "--port",
        String.valueOf(port)));
    long start = System.nanoTime();
    Process server = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(logFile.toFile())
        .start();
    try {
      awaitHealth(port, server);
      double readyMillis = (System.nanoTime() - start) / 1e6;
      SearchResult search = measure.apply("dispatches serve -Xmx" + heap, new HttpApiClient(port));
      if (!server.isAlive()) throw new IOException("the server died while serving; see " + logFile);
      return new Outcome(heap, readyMillis, search);
    } finally {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly();
    }
  }

  private static void awaitHealth(int port, Process server) throws Exception {
    String health = "http://127.0.0.1:" + port + "/api/health";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive())
        throw new IOException("dispatches serve exited with " + server.exitValue());
      try {
        if (LoopbackHttp.status(health, 5_000) == 200) return;
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(10);
    }
    throw new IOException("dispatches serve did not answer within 120 s");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
