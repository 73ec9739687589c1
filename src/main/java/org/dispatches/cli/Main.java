package org.dispatches.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dispatches} command line: one subcommand per job. */
@Command(
    name = "dispatches",
    mixinStandardHelpOptions = true,
    version = "dispatches 0.1",
    description = "Full-text search for conflict reporting.",
    subcommands = {IndexCommand.class, ServeCommand.class, SearchCommand.class, BenchCommand.class})
public final class Main implements Runnable {
  /** Lucene announces its vectorization setup at INFO on every start: noise for a CLI user. Held so it is not collected. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  public static void main(String[] args) {
    LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (tests call this). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("dispatches: " + e.getMessage());
      return 1;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
