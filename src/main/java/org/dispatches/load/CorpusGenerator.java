package org.dispatches.load;

import com.google.gson.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportSink;

/**
 * Builds a large corpus for load tests from real sentences: reads the sentences of the given
 * full-text sets, then writes reports that each mix 6 to 20 of them, with outlets and dates spread
 * over three years, all from a fixed seed (the same seed gives the same corpus).
 */
public final class CorpusGenerator {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"'])");
  private static final Pattern NOT_PROSE = Pattern.compile("Copyright|Section:|Length:|Byline:|Load-Date|Classification|http|@|All Rights");
  private static final String[] OUTLETS = {"Reuters", "Associated Press", "BBC News", "Al Jazeera English",
      "The Guardian", "The New York Times", "Jerusalem Post", "Haaretz", "Times of Israel", "Middle East Eye",
      "Agence France-Presse", "Asharq Al-Awsat"};
  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  private static final int DAYS = 3 * 365;

  private final List<String> sentences;

  private CorpusGenerator(List<String> sentences) {
    this.sentences = sentences;
  }

  /** A generator over the sentences of every report under {@code sources}. */
  public static CorpusGenerator fromCorpora(List<Path> sources) throws IOException {
    CorpusReader reader = new CorpusReader();
    List<String> sentences = new ArrayList<>();
    ReportSink sink = new ReportSink() {
      @Override
      public void accept(RawReport report) {
        if (report.body() == null) return;
        for (String s : SENTENCE_END.split(report.body().replace('\n', ' '))) {
          String t = s.strip();
          if (t.length() >= 40 && t.length() <= 400 && !NOT_PROSE.matcher(t).find()) sentences.add(t);
        }
      }

      @Override
      public void skip(ReadProblem problem) {}
    };
    for (CorpusFile file : reader.list(sources)) reader.read(file, sink);
    if (sentences.size() < 100) throw new IOException("found only " + sentences.size() + " sentences in " + sources);
    return new CorpusGenerator(sentences);
  }

  public int sentenceCount() {
    return sentences.size();
  }

  /** Writes {@code count} reports as gzipped JSON Lines to {@code out}. */
  public void write(Path out, int count, long seed) throws IOException {
    Random random = new Random(seed);
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
      for (int i = 0; i < count; i++) {
        w.write(report(i, random).toString());
        w.write('\n');
      }
    }
  }

  private JsonObject report(int i, Random random) {
    String title = sentences.get(random.nextInt(sentences.size()));
    if (title.length() > 120) title = title.substring(0, title.lastIndexOf(' ', 120));
    StringBuilder body = new StringBuilder();
    int n = 6 + random.nextInt(15);
    for (int s = 0; s < n; s++) {
      if (s > 0) body.append(s % 4 == 0 ? "\n\n" : " ");
      body.append(sentences.get(random.nextInt(sentences.size())));
    }
    JsonObject o = new JsonObject();
    o.addProperty("id", "load-" + i);
    o.addProperty("title", title);
    o.addProperty("body", body.toString());
    o.addProperty("date", FIRST_DAY.plusDays(random.nextInt(DAYS)).toString());
    o.addProperty("outlet", OUTLETS[random.nextInt(OUTLETS.length)]);
    o.addProperty("url", "https://example.org/load/" + i);
    return o;
  }
}
