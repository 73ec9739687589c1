package org.dispatches.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportSink;

/**
 * Real sentences and headlines from the full-text sets in ../shared/data, the material that
 * synthetic bench reports are assembled from (the sets are read in place, never copied).
 */
public final class SentencePool {
  /** The full-text sets, relative to the data root; each is read with the ordinary corpus reader. */
  static final List<String> SOURCES = List.of(
      "gaza-war-fulltext-4-newspapers/output.csv.gz",
      "bbc-world-fulltext-2025q1/bbc_news.csv.gz",
      "bbc-news-2225/bbc-fulltext.jsonl.gz");

  // BBC paragraphs are joined with no separator ("Italy.Suzanne"): split there too
  private static final Pattern JOINED = Pattern.compile("(?<=[a-z0-9][.!?][\"”]?)(?=[A-Z\"“])");
  private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?][\"”]?)\\s+(?=[A-Z\"“])");
  // LexisNexis header and footer lines of the Gaza set are metadata, not prose
  private static final Pattern METADATA = Pattern.compile(
      "(?i)copyright|load-date|byline|classification|section:|length:|publication-type|subject:|"
          + "geographic:|http|www\\.|@|end of document|job number|documents \\(");

  private final List<String> sentences;
  private final List<String> headlines;

  private SentencePool(List<String> sentences, List<String> headlines) {
    this.sentences = List.copyOf(sentences);
    this.headlines = List.copyOf(headlines);
  }

  /** Reads every set present under {@code dataRoot}; fails when none is. */
  public static SentencePool load(Path dataRoot) throws IOException {
    List<Path> present =
        SOURCES.stream().map(dataRoot::resolve).filter(Files::exists).toList();
    if (present.isEmpty()) {
      throw new IOException("none of the full-text sets " + SOURCES + " is under " + dataRoot
          + " (the benchmark builds its reports from them; pass --data DIR)");
    }
    return fromCorpora(present);
  }

  /** Reads the sentences and headlines of every report under {@code sources} (files or folders). */
  public static SentencePool fromCorpora(List<Path> sources) throws IOException {
    List<String> sentences = new ArrayList<>();
    List<String> headlines = new ArrayList<>();
    CorpusReader reader = new CorpusReader();
    for (CorpusFile file : reader.list(sources)) {
      reader.read(file, new ReportSink() {
        @Override
        public void accept(RawReport report) {
          if (report.title() != null && words(report.title()) >= 4 && words(report.title()) <= 20) {
            headlines.add(report.title().strip());
          }
          if (report.body() != null) split(report.body(), sentences);
        }

        @Override
        public void skip(ReadProblem problem) {
          // a malformed row of a source set only means fewer sentences to draw from
        }
      });
    }
    if (sentences.size() < 100 || headlines.isEmpty()) {
      throw new IOException("found only " + sentences.size() + " sentences and " + headlines.size()
          + " headlines in " + sources + "; synthetic reports need full-text sets");
    }
    return new SentencePool(sentences, headlines);
  }

  static void split(String body, List<String> out) {
    for (String line : body.split("\\n")) {
      String text = JOINED.matcher(line.strip().replace('\u00a0', ' ')).replaceAll(" ");
      for (String s : BOUNDARY.split(text)) {
        String sentence = s.strip();
        int n = words(sentence);
        if (n >= 6 && n <= 60 && !METADATA.matcher(sentence).find() && endsLikeProse(sentence))
          out.add(sentence);
      }
    }
  }

  private static boolean endsLikeProse(String s) {
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == '"' || last == '”' || last == '?' || last == '!';
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  public List<String> sentences() {
    return sentences;
  }

  public List<String> headlines() {
    return headlines;
  }
}
