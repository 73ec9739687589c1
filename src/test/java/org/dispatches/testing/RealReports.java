package org.dispatches.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.dispatches.extract.eval.CsvRows;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.SourceLocation;

/**
 * The real reports a new user would search: the Google News "Gaza" headlines and the full texts of
 * four newspapers from ../shared/data, as raw reports (skips the test when absent).
 */
public final class RealReports {
  private RealReports() {}

  /** Headlines and full texts together. */
  public static List<RawReport> headlinesAndFullTexts() throws Exception {
    List<RawReport> all = new ArrayList<>(headlines());
    all.addAll(fullTexts());
    return all;
  }

  public static List<RawReport> headlines() throws Exception {
    Path raw = SharedData.require("gaza-google-news-headlines/gaza-news.txt.gz");
    List<RawReport> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(raw)), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] c = line.split("\t", -1);
        if (c.length != 4) continue;
        String id = "gn-" + out.size();
        out.add(new RawReport(
            id,
            c[2].strip(),
            null,
            c[0].strip(),
            c[1].strip(),
            c[3].strip(),
            null,
            new SourceLocation("gaza-news.txt.gz", id, out.size() + 1, false)));
      }
    }
    return out;
  }

  public static List<RawReport> fullTexts() throws Exception {
    Path raw = SharedData.require("gaza-war-fulltext-4-newspapers/output.csv.gz");
    List<RawReport> out = new ArrayList<>();
    for (Map<String, String> row : CsvRows.read(raw)) {
      String text = row.getOrDefault("text", "");
      if (text.isBlank()) continue;
      String id = "ft-" + out.size();
      out.add(new RawReport(
          id,
          row.get("title"),
          text,
          null,
          null,
          null,
          null,
          new SourceLocation("output.csv.gz", id, out.size() + 1, false)));
    }
    return out;
  }

  /** Title and body of a report as one text, for counting what it says. */
  public static String text(RawReport r) {
    return (r.title() == null ? "" : r.title()) + "\n" + (r.body() == null ? "" : r.body());
  }
}
