package org.dispatches.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dispatches.claims.ReferenceSeries;
import org.dispatches.claims.SeriesFormatException;
import org.dispatches.claims.SeriesReader;
import org.dispatches.claims.SeriesStore;
import org.dispatches.extract.figures.FigureKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dispatches series}: reference series kept beside the index, to check claims against. */
@Command(
    name = "series",
    mixinStandardHelpOptions = true,
    description = "Reference series to check claims against.",
    subcommands = {SeriesCommand.Add.class, SeriesCommand.ListSeries.class})
final class SeriesCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** {@code dispatches series add NAME FILE}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Add (or replace) a series from a CSV or JSON file with a date and a value per row.")
  static final class Add implements Callable<Integer> {
    @Parameters(index = "0", description = "Name (letters, digits, '-', '_'), e.g. gaza")
    String name;

    @Parameters(index = "1", description = "CSV (header: date,value) or JSON (an array of objects)")
    Path file;

    @Option(
        names = "--column",
        description = "The column with the values (required for JSON, e.g. killed_cum)")
    String column;

    @Option(
        names = "--date-column",
        description = "The column with the dates (default: date, report_date or day)")
    String dateColumn;

    @Option(
        names = "--kind",
        description = "The figure kind the series counts (default: ${DEFAULT-VALUE})")
    String kind = "killed";

    @Option(
        names = "--index",
        description = "Index folder (default: index/); the series go in its series/ folder")
    Path index;

    @Override
    public Integer call() throws Exception {
      SeriesStore.checkName(name);
      FigureKind k = FigureKind.fromId(kind);
      if (k == null) throw new IllegalArgumentException("unknown figure kind \"" + kind + "\"");
      ReferenceSeries series;
      try {
        series = new SeriesReader(dateColumn, column).read(file, name, k.id());
      } catch (SeriesFormatException e) {
        System.err.println("dispatches: " + e.getMessage());
        return 1;
      }
      Path indexDir = index == null ? Locations.defaultIndex() : index;
      SeriesStore.beside(indexDir).save(series);
      System.out.printf(
          "series %s: %,d days (%s .. %s) of %s from column %s, stored in %s%n",
          name,
          series.values().size(),
          series.values().firstKey(),
          series.values().lastKey(),
          series.kind(),
          series.column(),
          indexDir.resolve("series"));
      return 0;
    }
  }

  /** {@code dispatches series list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the stored series.")
  static final class ListSeries implements Callable<Integer> {
    @Option(names = "--index", description = "Index folder (default: index/)")
    Path index;

    @Override
    public Integer call() throws Exception {
      SeriesStore store = SeriesStore.beside(index == null ? Locations.defaultIndex() : index);
      for (String name : store.names()) {
        ReferenceSeries s = store.load(name).orElseThrow();
        System.out.printf(
            "%s  %s  %,d days  %s .. %s%n",
            name, s.kind(), s.values().size(), s.values().firstKey(), s.values().lastKey());
      }
      return 0;
    }
  }
}
