package org.dispatches.extract.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dispatches.extract.actors.Actor;
import org.dispatches.extract.actors.ActorExtractor;
import org.dispatches.extract.actors.ActorMention;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.extract.figures.Figure;
import org.dispatches.extract.figures.FigureExtractor;
import org.dispatches.extract.figures.FigureKind;

/**
 * Scores figure and actor extraction against ACLED's coding of its own event notes: the
 * {@code fatalities} column against the killed figures extracted from {@code notes}, and the
 * actor columns against the actors extracted from {@code notes}.
 */
public final class AcledEvaluation {
  /** The file inside the data folder. */
  public static final String FILE = "acled-gaza-city-events-2023-2025/gaza_war_events.csv.gz";

  private static final List<String> ACTOR_COLUMNS =
      List.of("actor1", "assoc_actor_1", "actor2", "assoc_actor_2");
  /** ACLED coders' remarks on how they coded the row ("Fatalities coded as 4"), not reporting text. */
  private static final Pattern CODING_BRACKET = Pattern.compile("\\[[^\\]]*\\bcoded\\b[^\\]]*\\]");

  private static final Pattern CODING_SENTENCE = Pattern.compile("(?i)[^.]*\\bcoded\\b[^.]*\\.");

  private final FigureExtractor figures = new FigureExtractor();
  private final ActorExtractor actors;
  private final Gazetteer gazetteer;

  public AcledEvaluation(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.actors = new ActorExtractor(gazetteer);
  }

  /** Scores every row of the ACLED file under {@code dataDir}; with {@code stripCoding}, coders' remarks are removed first. */
  public AcledResult run(Path dataDir, boolean stripCoding) throws IOException {
    List<Map<String, String>> rows = CsvRows.read(dataDir.resolve(FILE));
    Set<String> scored = scoredActors(rows);
    int fatal = 0, hits = 0, zero = 0, zeroKilled = 0, tp = 0, fp = 0, fn = 0, unmapped = 0;
    for (Map<String, String> row : rows) {
      String notes = stripCoding ? stripCoding(row.get("notes")) : row.get("notes");
      int gold = Integer.parseInt(row.get("fatalities").strip());
      List<Long> killed = killed(notes);
      if (gold > 0) {
        fatal++;
        if (killed.contains((long) gold) || sum(killed) == gold) hits++;
      } else {
        zero++;
        if (!killed.isEmpty()) zeroKilled++;
      }
      Set<String> goldActors = new HashSet<>();
      for (String label : labels(row)) {
        Optional<String> c = canonical(label);
        if (c.isPresent()) goldActors.add(c.get());
        else unmapped++;
      }
      Set<String> found = new HashSet<>();
      for (ActorMention m : actors.extract(notes))
        if (scored.contains(m.name())) found.add(m.name());
      for (String a : found)
        if (goldActors.contains(a)) tp++;
        else fp++;
      for (String a : goldActors) if (!found.contains(a)) fn++;
    }
    return new AcledResult(rows.size(), fatal, hits, zero, zeroKilled, tp, fp, fn, unmapped);
  }

  /** The notes without the coders' remarks. */
  static String stripCoding(String notes) {
    return CODING_SENTENCE.matcher(CODING_BRACKET.matcher(notes).replaceAll("")).replaceAll("");
  }

  private List<Long> killed(String notes) {
    List<Long> out = new ArrayList<>();
    for (Figure f : figures.extract(notes))
      if (f.kind().equals(FigureKind.KILLED.id())) out.add(f.value());
    return out;
  }

  private static long sum(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).sum();
  }

  private static List<String> labels(Map<String, String> row) {
    List<String> out = new ArrayList<>();
    for (String col : ACTOR_COLUMNS) {
      for (String label : row.getOrDefault(col, "").split(";"))
        if (!label.isBlank()) out.add(label.strip());
    }
    return out;
  }

  /** The canonical actors that some ACLED label maps to: only these are scored. */
  private Set<String> scoredActors(List<Map<String, String>> rows) {
    Set<String> out = new HashSet<>();
    for (Map<String, String> row : rows)
      for (String l : labels(row)) canonical(l).ifPresent(out::add);
    return out;
  }

  /** "Military Forces of Israel (2022-)" and "PIJ: Palestinian Islamic Jihad" resolved through the gazetteer. */
  Optional<String> canonical(String label) {
    List<String> candidates = new ArrayList<>();
    int paren = label.indexOf('(');
    candidates.add(paren > 0 ? label.substring(0, paren).strip() : label);
    if (label.contains(":")) for (String part : label.split(":")) candidates.add(part.strip());
    for (String c : candidates) {
      Optional<Actor> a = gazetteer.find(c);
      if (a.isPresent()) return Optional.of(a.get().name());
    }
    return Optional.empty();
  }
}
