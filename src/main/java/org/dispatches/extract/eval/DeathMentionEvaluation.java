package org.dispatches.extract.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dispatches.extract.figures.Figure;
import org.dispatches.extract.figures.FigureExtractor;
import org.dispatches.extract.figures.FigureKind;

/**
 * Runs figure extraction over the hand-labelled death-mention sentences from NYT, Washington Post
 * and WSJ (Oct 2023) and counts how many yield a killed figure. Many labelled sentences name a death
 * without a number ("his son was among the first killed"), so the yield among sentences that
 * state a count of people is reported too (and, for comparison with earlier figures, among those
 * with any number at all: a caption's "Oct. 12, 2023" made it one).
 */
public final class DeathMentionEvaluation {
  /** The folder inside the data folder. */
  public static final String DIR = "us-newspaper-death-mentions-oct2023";

  static final List<String> FILES = List.of(
      "tagged_data_nyt_oct7_to_oct18.csv",
      "tagged_data_nyt_oct18_to_oct22.csv",
      "tagged_data_wp_oct7_to_oct22.csv",
      "tagged_data_wsj_oct7_to_oct22.csv");
  /**
   * The first measure's "count": any digit or number word ("one" alone is too often a pronoun),
   * dates, ages and clock times included; {@link PeopleCount} is the tighter one.
   */
  private static final Pattern COUNT = Pattern.compile(
      "(?i)\\b(\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
          + "dozen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)\\b");

  private final FigureExtractor figures = new FigureExtractor();

  /** Scores every labelled sentence under {@code dataDir}. */
  public DeathMentionResult run(Path dataDir) throws IOException {
    int total = 0, counted = 0, killed = 0, killedCounted = 0, people = 0, killedPeople = 0;
    List<String> misses = new ArrayList<>();
    for (String file : FILES) {
      for (Map<String, String> row : CsvRows.read(dataDir.resolve(DIR).resolve(file))) {
        String sentence =
            row.getOrDefault("sentence", "").replaceAll("\\s+", " ").strip();
        if (sentence.isEmpty()) continue;
        total++;
        boolean hasCount = COUNT.matcher(sentence).find();
        boolean hasKilled = hasKilled(sentence);
        if (hasCount) counted++;
        if (hasKilled) killed++;
        if (hasCount && hasKilled) killedCounted++;
        if (PeopleCount.stated(sentence)) {
          people++;
          if (hasKilled) killedPeople++;
          else misses.add(sentence);
        }
      }
    }
    return new DeathMentionResult(
        total, counted, killed, killedCounted, people, killedPeople, misses);
  }

  private boolean hasKilled(String sentence) {
    for (Figure f : figures.extract(sentence))
      if (f.kind().equals(FigureKind.KILLED.id())) return true;
    return false;
  }
}
