package org.dispatches.extract.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dispatches.extract.figures.Figure;
import org.dispatches.extract.figures.FigureExtractor;
import org.dispatches.extract.figures.FigureKind;

/** Scores killed-figure extraction on Google News headlines that state a death toll (a small gold set). */
public final class DeathTollEvaluation {
  /** The file inside the data folder. */
  public static final String FILE = "gaza-google-news-headlines/death-toll.tsv";

  private final FigureExtractor figures = new FigureExtractor();

  /** Scores every headline of death-toll.tsv under {@code dataDir}. */
  public DeathTollResult run(Path dataDir) throws IOException {
    List<String> lines = Files.readAllLines(dataDir.resolve(FILE), StandardCharsets.UTF_8);
    int total = 0, found = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t");
      if (cols.length < 4 || !cols[1].strip().matches("\\d+")) continue;
      total++;
      long gold = Long.parseLong(cols[1].strip());
      for (Figure f : figures.extract(cols[3])) {
        if (f.kind().equals(FigureKind.KILLED.id()) && f.value() == gold) {
          found++;
          break;
        }
      }
    }
    return new DeathTollResult(total, found);
  }
}
