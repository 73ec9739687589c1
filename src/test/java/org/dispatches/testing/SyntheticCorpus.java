package org.dispatches.testing;

import com.google.gson.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a JSON Lines corpus of many distinct small reports from a fixed seed, for tests that need
 * volume (crash, load) rather than realistic text; ids are {@code syn-0 .. syn-(n-1)}.
 */
public final class SyntheticCorpus {
  private static final String[] WORDS =
      ("ceasefire talks hostages prisoners exchange aid trucks crossing border negotiators mediators "
              + "Cairo Doha Gaza Rafah Israel Hamas Egypt Qatar army ministry officials said reported killed "
              + "wounded displaced families shelter hospital water fuel convoy truce proposal agreement vote "
              + "council resolution envoy statement week morning strike building residents camp north south")
          .split(" ");
  private static final String[] OUTLETS = {
    "Reuters", "Al Jazeera English", "BBC News", "AP", "The Guardian"
  };

  private SyntheticCorpus() {}

  /** Writes {@code count} reports to {@code file}. */
  public static void write(Path file, int count, long seed) throws IOException {
    Random random = new Random(seed);
    LocalDate start = LocalDate.of(2023, 10, 7);
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      for (int i = 0; i < count; i++) {
        JsonObject o = new JsonObject();
        o.addProperty("id", "syn-" + i);
        o.addProperty("title", words(random, 6));
        o.addProperty(
            "body",
            words(random, 80) + ". " + (random.nextInt(900) + 10) + " people were killed. "
                + words(random, 40) + ".");
        o.addProperty("date", start.plusDays(random.nextInt(700)).toString());
        o.addProperty("outlet", OUTLETS[random.nextInt(OUTLETS.length)]);
        out.write(o.toString());
        out.write('\n');
      }
    }
  }

  private static String words(Random random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) b.append(' ');
      b.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return b.toString();
  }
}
