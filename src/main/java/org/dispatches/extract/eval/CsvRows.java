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

/** Reads an RFC-4180 CSV (quoted fields may hold commas and newlines; optional gzip) into rows keyed by header. */
public final class CsvRows {
  private CsvRows() {}

  /** Every data row of the file as a map from column name to value; the first row is the header. */
  public static List<Map<String, String>> read(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      List<List<String>> records = parse(r);
      List<Map<String, String>> rows = new ArrayList<>();
      if (records.isEmpty()) return rows;
      List<String> header = records.get(0);
      if (!header.isEmpty()) header.set(0, header.get(0).replace("\uFEFF", ""));
      for (List<String> rec : records.subList(1, records.size())) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size() && i < rec.size(); i++) row.put(header.get(i), rec.get(i));
        rows.add(row);
      }
      return rows;
    }
  }

  private static List<List<String>> parse(BufferedReader r) throws IOException {
    List<List<String>> out = new ArrayList<>();
    List<String> rec = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int c; (c = r.read()) != -1; ) {
      any = true;
      if (quoted) {
        if (c == '"') {
          r.mark(1);
          int next = r.read();
          if (next == '"') field.append('"');
          else {
            quoted = false;
            if (next != -1) r.reset();
          }
        } else field.append((char) c);
      } else if (c == '"') quoted = true;
      else if (c == ',') {
        rec.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        rec.add(stripCr(field));
        field.setLength(0);
        out.add(rec);
        rec = new ArrayList<>();
        any = false;
      } else field.append((char) c);
    }
    if (any) {
      rec.add(stripCr(field));
      out.add(rec);
    }
    return out;
  }

  private static String stripCr(StringBuilder field) {
    int n = field.length();
    return n > 0 && field.charAt(n - 1) == '\r' ? field.substring(0, n - 1) : field.toString();
  }
}
