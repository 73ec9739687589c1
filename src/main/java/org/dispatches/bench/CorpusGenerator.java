package org.dispatches.bench;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.dispatches.extract.actors.Actor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.json.Json;

/**
 * Writes N synthetic reports as JSON Lines, deterministic from a seed: real sentences and
 * headlines, realistic outlets, publication dates over three years, and sentences naming actors
 * and figures so that extraction finds them. About {@link #TARGET_WORDS} words per report.
 */
public final class CorpusGenerator {
  /** Words per report, as in the OpenSearch reference figures. */
  static final int TARGET_WORDS = 355;

  static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  static final int DAYS = 3 * 365;

  private static final List<String> OUTLETS = List.of(
      "Reuters",
      "The Associated Press",
      "Al Jazeera English",
      "BBC",
      "The New York Times",
      "The Guardian",
      "The Times of Israel",
      "The Jerusalem Post",
      "Haaretz",
      "Asharq Al-Awsat",
      "The Washington Post",
      "Middle East Monitor",
      "Anadolu Agency",
      "NPR",
      "CNN",
      "WSJ");
  private static final List<String> PLACES = List.of(
      "Gaza City",
      "Khan Younis",
      "Rafah",
      "Jabalia",
      "Deir al-Balah",
      "Nuseirat",
      "the West Bank",
      "Jenin");
  private static final List<String> FIGURE_SENTENCES = List.of(
      "At least %,d people were killed in strikes on %s, officials said.",
      "The attack left %,d people wounded in %s, according to medics.",
      "Some %,d hostages are still held, negotiators said after talks about %s.",
      "Israel agreed to free %,d prisoners in exchange, a statement on %s said.",
      "More than %,d people have been displaced from %s since the fighting began.",
      "Around %,d aid trucks entered through the crossing near %s this week.",
      "The deal provides for a %d-day truce covering %s.");
  private static final int[] FIGURE_SCALE = {30_000, 500, 250, 2_000, 900_000, 400, 60};

  private final SentencePool pool;
  private final List<String> actors;
  private final Gson gson = Json.records();

  public CorpusGenerator(SentencePool pool) {
    this.pool = pool;
    this.actors = Gazetteer.loadDefault().actors().stream().map(Actor::name).toList();
  }

  /** Writes {@code docs} reports to {@code file} (gzipped when it ends in .gz) and says what was written. */
  public BenchCorpus write(Path file, int docs, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    long textBytes = 0;
    long words = 0;
    OutputStream raw = Files.newOutputStream(file);
    if (file.toString().endsWith(".gz")) raw = new GZIPOutputStream(raw, 1 << 16);
    try (BufferedWriter out =
        new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16)) {
      for (int i = 0; i < docs; i++) {
        JsonObject report = report(i, random);
        String title = report.get("title").getAsString();
        String body = report.get("body").getAsString();
        textBytes += title.getBytes(StandardCharsets.UTF_8).length
            + body.getBytes(StandardCharsets.UTF_8).length;
        words += SentencePool.words(body);
        out.write(gson.toJson(report));
        out.write('\n');
      }
    }
    return new BenchCorpus(
        file, docs, seed, Files.size(file), textBytes, docs == 0 ? 0 : (double) words / docs);
  }

  private JsonObject report(int i, SplittableRandom random) {
    JsonObject o = new JsonObject();
    String outlet = pick(OUTLETS, random);
    o.addProperty("id", String.format(Locale.ROOT, "bench-%07d", i));
    o.addProperty("title", pick(pool.headlines(), random));
    o.addProperty("body", body(random));
    o.addProperty("date", FIRST_DAY.plusDays(random.nextInt(DAYS)).toString());
    o.addProperty("outlet", outlet);
    return o;
  }

  private String body(SplittableRandom random) {
    StringBuilder body = new StringBuilder(TARGET_WORDS * 7);
    int target = TARGET_WORDS - 60 + random.nextInt(121);
    int words = 0;
    int actorAt = random.nextInt(4);
    int figureAt = random.nextInt(6);
    for (int n = 0; words < target; n++) {
      String sentence = n == actorAt
          ? actorSentence(random)
          : n == figureAt && random.nextInt(10) < 7
              ? figureSentence(random)
              : pick(pool.sentences(), random);
      if (!body.isEmpty()) body.append(n % 4 == 0 ? "\n\n" : " ");
      body.append(sentence);
      words += SentencePool.words(sentence);
    }
    return body.toString();
  }

  private String actorSentence(SplittableRandom random) {
    String a = pick(actors, random);
    String b = pick(actors, random);
    String place = pick(PLACES, random);
    return a.equals(b)
        ? String.format(Locale.ROOT, "%s commented on the situation in %s on Tuesday.", a, place)
        : String.format(
            Locale.ROOT, "%s and %s discussed the situation in %s on Tuesday.", a, b, place);
  }

  private String figureSentence(SplittableRandom random) {
    int kind = random.nextInt(FIGURE_SENTENCES.size());
    // a long tail: most figures are small, a few are large, as reported casualty counts are
    int value = 1 + (int) (FIGURE_SCALE[kind] * Math.pow(random.nextDouble(), 3));
    return String.format(Locale.ROOT, FIGURE_SENTENCES.get(kind), value, pick(PLACES, random));
  }

  private static <T> T pick(List<T> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }
}
