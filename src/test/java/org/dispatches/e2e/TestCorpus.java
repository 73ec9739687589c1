package org.dispatches.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A dozen short reports with known outlets, months and words, written as plain-text files with
 * front matter. The expected counts of the browser tests are computed from this list, not copied
 * from the server, so the tests check the server and the page against what the reports say.
 */
final class TestCorpus {
  /** One report as written to disk. */
  record Report(
      String file,
      String title,
      String outlet,
      String date,
      String url,
      String language,
      String body) {
    boolean mentions(String word) {
      return (title + " " + body).toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT));
    }

    String month() {
      return date.substring(0, 7);
    }
  }

  /**
   * Markup the indexer keeps as text (an svg tag alone does not make a title HTML, so it is not
   * cleaned away): the page and the box must show it as text and never run it.
   */
  static final String XSS_TITLE = "Aid convoy <svg onload=window.__xss=1> stopped at checkpoint";
  /** Likewise kept as text: a body with a script or img tag would be HTML, and cleaned at indexing. */
  static final String XSS_BODY_MARKUP = "<svg onload=\"window.__xss=2\">";

  static final List<Report> REPORTS = List.of(
      new Report(
          "r01.txt",
          "Ceasefire talks open in Doha",
          "Reuters",
          "2024-01-10",
          "https://example.org/reuters/1",
          "en",
          "Negotiators from Qatar and Egypt met Hamas officials in Doha on Wednesday to discuss a ceasefire. "
              + "Israel sent a delegation.\n\nAt least 23,000 Palestinians have been killed since October, "
              + "the Gaza Health Ministry said."),
      new Report(
          "r02.txt",
          "Hostage deal framework agreed in Paris",
          "Reuters",
          "2024-02-05",
          "https://example.org/reuters/2",
          "en",
          "CIA director William Burns met Israeli and Qatari officials in Paris. The framework links a six-week "
              + "ceasefire to the release of hostages.\n\nIsrael says 130 hostages remain in Gaza."),
      new Report(
          "r03.txt",
          "Aid trucks wait at Rafah crossing",
          "Reuters",
          "2024-03-12",
          "https://example.org/reuters/3",
          "en",
          "Some 200 aid trucks waited on the Egyptian side of the Rafah crossing on Tuesday, Egypt said. "
              + "UNRWA said supplies were running low."),
      new Report(
          "r04.txt",
          "Qatar says ceasefire proposal under review",
          "Al Jazeera",
          "2024-01-20",
          "https://example.org/aj/4",
          "en",
          "Qatar said Hamas was reviewing a ceasefire proposal delivered by mediators from Egypt and the United States."),
      new Report(
          "r05.txt",
          "Israel and Hamas trade blame as ceasefire talks stall",
          "Al Jazeera",
          "2024-03-02",
          "https://example.org/aj/5",
          "en",
          "Talks in Cairo on a ceasefire stalled on Sunday. Hamas and Israel blamed each other. "
              + "Egypt said mediators would keep trying."),
      new Report(
          "r06.txt",
          "Death toll in Gaza passes 33,000",
          "Al Jazeera",
          "2024-04-08",
          "https://example.org/aj/6",
          "en",
          "At least 33,207 Palestinians have been killed and 75,933 wounded, the Gaza Health Ministry said on Monday."),
      new Report(
          "r07.txt",
          "Netanyahu rejects truce terms",
          "BBC News",
          "2024-02-14",
          "https://example.org/bbc/7",
          "en",
          "Benjamin Netanyahu rejected terms put forward by Hamas, calling a ceasefire on those terms delusional. "
              + "Qatar said talks would continue."),
      new Report(
          "r08.txt",
          "UNRWA warns of famine in northern Gaza",
          "BBC News",
          "2024-04-20",
          "https://example.org/bbc/8",
          "en",
          "UNRWA said famine was imminent in northern Gaza. The United Nations called for more crossings to open."),
      new Report(
          "r09.txt",
          "Hamas accepts ceasefire proposal, Israel says it falls short",
          "Associated Press",
          "2024-05-03",
          "https://example.org/ap/9",
          "en",
          "Hamas said it accepted a ceasefire proposal from Egypt and Qatar. Israel said the proposal fell short of its demands."),
      new Report(
          "r10.txt",
          "Strike on Rafah camp",
          "Associated Press",
          "2024-05-28",
          "https://example.org/ap/10",
          "en",
          "At least 45 people were killed in a strike on a camp in Rafah, the Gaza Health Ministry said. "
              + "Israel Defense Forces said it was reviewing the strike."),
      new Report(
          "r11.txt",
          "محادثات الهدنة تستأنف في الدوحة",
          "Al Jazeera Arabic",
          "2024-03-20",
          "https://example.org/aj-ar/11",
          "ar",
          "استأنف الوسطاء من قطر ومصر المحادثات في الدوحة يوم الأربعاء بشأن هدنة في غزة."),
      new Report(
          "r12.txt",
          XSS_TITLE,
          "BBC News",
          "2024-03-28",
          "https://example.org/bbc/12",
          "en",
          "An aid convoy carrying flour was stopped at a checkpoint for six hours. "
              + XSS_BODY_MARKUP + " UNRWA said the convoy reached Gaza City the next day."));

  private TestCorpus() {}

  /** Writes every report into dir as a plain-text file with front matter. */
  static void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Report r : REPORTS) {
      String text = "title: " + r.title() + "\n"
          + "date: " + r.date() + "\n"
          + "outlet: " + r.outlet() + "\n"
          + "url: " + r.url() + "\n"
          + "language: " + r.language() + "\n"
          + "\n"
          + r.body() + "\n";
      Files.writeString(dir.resolve(r.file()), text, StandardCharsets.UTF_8);
    }
  }

  static long count(Predicate<Report> p) {
    return REPORTS.stream().filter(p).count();
  }
}
