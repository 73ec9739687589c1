package org.dispatches.e2e;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An archive shaped like the real one where the page broke: over a thousand reports, most in one
 * month (a war's burst of coverage), two strays years earlier, forty outlets and one rare one,
 * reports without an outlet, a report with a long unbroken URL, a report whose figures repeat, and
 * one whose sentences were joined without a space.
 * The expected counts of the tests are computed from this list.
 */
final class ArchiveCorpus {
  record Report(String id, String title, String body, String date, String outlet, String url) {}

  static final int BURST = 1_150;
  static final LocalDate BURST_START = LocalDate.of(2024, 3, 1);
  static final int BURST_DAYS = 31;
  static final int NO_OUTLET = 20;
  static final String RARE_OUTLET = "Thomson Reuters Wire";
  static final List<String> STRAY_DATES = List.of("2014-06-01", "2017-02-01");
  static final String LONG_URL =
      "https://example.org/" + "live-updates-".repeat(12) + "day-150-of-the-war";
  static final String LONG_TITLE = "Live updates on the truce";
  static final String FIGURES_TITLE = "Tallies of the war so far";

  static final List<Report> REPORTS = reports();

  private ArchiveCorpus() {}

  private static List<Report> reports() {
    List<Report> out = new ArrayList<>();
    for (int i = 0; i < BURST; i++) {
      String date = BURST_START.plusDays(i % BURST_DAYS).toString();
      String outlet = i < NO_OUTLET ? null : "Outlet " + String.format(Locale.ROOT, "%02d", i % 40);
      out.add(new Report(
          "b" + i,
          "Truce talks, round " + i,
          "Mediators met again on the truce, officials said.",
          date,
          outlet,
          outlet == null ? null : "https://example.org/b/" + i));
    }
    out.add(new Report(
        "rare", "Truce talks in Doha", "Mediators met in Doha.", "2024-03-15", RARE_OUTLET, null));
    for (int i = 0; i < STRAY_DATES.size(); i++) {
      out.add(new Report(
          "stray" + i,
          "An old report on the blockade",
          "Officials spoke of the blockade.",
          STRAY_DATES.get(i),
          "Outlet 01",
          null));
    }
    out.add(new Report(
        "long",
        LONG_TITLE,
        "The live page is at " + LONG_URL + " and updates hourly. " + "Its tag is #"
            + "ceasefirenegotiationsupdate".repeat(4) + ".",
        "2024-03-20",
        "Outlet 02",
        LONG_URL));
    out.add(new Report(
        "figs",
        FIGURES_TITLE,
        "At least 33,207 Palestinians have been killed, the Gaza Health Ministry said. "
            + "At least 33,207 Palestinians have been killed, the ministry said again. "
            + "Israel says 130 hostages remain in Gaza. One hostage was freed on Monday. "
            + "About 75,933 people have been wounded. Some 200 aid trucks crossed. 1,200 Israelis were killed on 7 October. "
            + "Some 1.7 million people have been displaced. 9,000 prisoners are held. 40 trucks entered. "
            + "At least 45 people were killed in a strike. 12 were wounded. 13,000 children have been killed, UNICEF said.",
        "2024-03-21",
        "Outlet 03",
        null));
    out.add(new Report(
        "joined",
        "Deal in doubt",
        "The outcome was uncertain.The deal collapsed on Monday.",
        "2024-03-22",
        "Outlet 04",
        null));
    return out;
  }

  /** Writes every report as one JSON line. */
  static void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Writer w = Files.newBufferedWriter(dir.resolve("archive.jsonl"), StandardCharsets.UTF_8)) {
      for (Report r : REPORTS) {
        JsonObject o = new JsonObject();
        o.addProperty("id", r.id());
        o.addProperty("title", r.title());
        o.addProperty("body", r.body());
        o.addProperty("date", r.date());
        if (r.outlet() != null) o.addProperty("outlet", r.outlet());
        if (r.url() != null) o.addProperty("url", r.url());
        o.addProperty("language", "en");
        w.write(o.toString());
        w.write('\n');
      }
    }
  }

  static long count(java.util.function.Predicate<Report> p) {
    return REPORTS.stream().filter(p).count();
  }
}
