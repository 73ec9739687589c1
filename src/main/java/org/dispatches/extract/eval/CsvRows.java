package org.dispatches.extract.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.dispatches.ingest.CsvCells;

/**
 * An evaluation table (CSV, optionally gzipped) as rows keyed by header. The cells are parsed by
 * the corpus reader's {@link CsvCells}; the corpus reader itself does not fit, since it maps
 * columns to report fields and drops the others (an ACLED table's fatalities, notes ...).
 */
public final class CsvRows {
  private CsvRows() {}

  /** Every data row of the file as a map from column name to value; the first row is the header. */
  public static List<Map<String, String>> read(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      List<Map<String, String>> rows = new ArrayList<>();
      List<String> header = null;
      CsvCells record = new CsvCells(',');
      for (String line; (line = r.readLine()) != null; ) {
        if (!record.feed(line)) continue;
        List<String> cells = record.cells();
        record = new CsvCells(',');
        if (header == null) {
          header = new ArrayList<>(cells);
          if (!header.isEmpty()) header.set(0, header.get(0).replace("\uFEFF", ""));
          continue;
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size() && i < cells.size(); i++)
          row.put(header.get(i), cells.get(i));
        rows.add(row);
      }
      if (!record.cells().isEmpty())
        throw new IOException(file + ": a quoted field never closes before the end of the file");
      return rows;
    }
  }
}
