package org.dispatches.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dispatches} command line: one subcommand per job. */
@Command(
    name = "dispatches",
    mixinStandardHelpOptions = true,
    version = "dispatches 0.1",
    description = "Full-text search for conflict reporting.",
    subcommands = {
      IndexCommand.class,
      ServeCommand.class,
      SearchCommand.class,
      ExtractCommand.class,
      EvalExtractionCommand.class,
      LoadTestCommand.class,
      EvalRankingCommand.class,
      BenchCommand.class,
      ClaimsCommand.class,
      SeriesCommand.class
    })
public final class Main implements Runnable {
  /**
   * Lucene, XNIO and Undertow announce their setup at INFO on every start: noise for a CLI user.
   * Held in a static list so the loggers, and so their levels, are not garbage collected.
   */
  private static final java.util.List<java.util.logging.Logger> QUIET_LOGGERS =
      java.util.stream.Stream.of("org.apache.lucene", "org.xnio", "io.undertow")
          .map(java.util.logging.Logger::getLogger)
          .toList();

  public static void main(String[] args) {
    QUIET_LOGGERS.forEach(l -> l.setLevel(java.util.logging.Level.WARNING));
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (tests call this). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("dispatches: " + CliErrors.describe(e));
      return 1;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
