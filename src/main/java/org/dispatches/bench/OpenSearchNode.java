package org.dispatches.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An OpenSearch node this run started with {@code opensearch.sh} (its own folder and ports, so a
 * node someone else runs is never touched), stopped again by {@link #close()}.
 */
final class OpenSearchNode implements AutoCloseable {
  private final Path script;
  private final Path dir;

  private OpenSearchNode(Path script, Path dir) {
    this.script = script;
    this.dir = dir;
  }

  /** Starts a node with {@code heap} on loopback port {@code port} and waits until it answers. */
  static OpenSearchNode start(Path script, Path dir, int port, String heap)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(script))
      throw new IOException("no OpenSearch script at " + script + " (pass --opensearch-script)");
    OpenSearchNode node = new OpenSearchNode(script, dir);
    node.call(
        List.of(
            "start",
            "--wait",
            "--clean",
            "--heap",
            heap,
            "--port",
            String.valueOf(port),
            "--transport-port",
            String.valueOf(port + 100)),
        600);
    return node;
  }

  private void call(List<String> args, int timeoutSeconds)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", script.toString()));
    command.addAll(args);
    command.addAll(List.of("--dir", dir.toString()));
    Process p = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.INHERIT)
        .start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroy();
      throw new IOException(
          "opensearch.sh " + args.get(0) + " did not finish in " + timeoutSeconds + " s");
    }
    if (p.exitValue() != 0)
      throw new IOException(
          "opensearch.sh " + args.get(0) + " failed with exit code " + p.exitValue());
  }

  @Override
  public void close() throws IOException, InterruptedException {
    call(List.of("stop"), 120);
  }
}
