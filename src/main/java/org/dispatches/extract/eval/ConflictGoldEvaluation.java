package org.dispatches.extract.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dispatches.extract.Article;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.figures.Figure;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportSink;

/**
 * Scores extraction on the hand-labelled conflict-extraction gold set exactly as its {@code score.py}
 * does: figures as (kind, value) pairs (alternative kinds accepted, optional figures counted neither
 * way), attribution (lenient and clean) and qualifier class on matched figures, actors through the
 * scorer's alias table, the stated date and outlet. Reports are read with the same reader as
 * {@code dispatches extract}, so the numbers equal score.py's on that command's output.
 */
public final class ConflictGoldEvaluation {
  /** The gold set's folder inside the data folder. */
  public static final String DIR = "conflict-extraction-gold";
  /** The gold file inside that folder. */
  public static final String GOLD = "gold.jsonl";
  /** The groups score.py prints, in its order: all reports, then by id prefix. */
  private static final List<String> PRINTED = List.of("all", "gaza4", "bbc", "fignews");

  private final ArticleExtractor extractor;

  public ConflictGoldEvaluation(ArticleExtractor extractor) {
    this.extractor = extractor;
  }

  /** Extracts every report the gold file lists (paths relative to it) and scores the result. */
  public ConflictGoldResult run(Path goldFile) throws IOException {
    List<GoldReport> gold = GoldReport.readAll(goldFile);
    Map<String, GoldPrediction> predictions = new LinkedHashMap<>();
    CorpusReader reader = new CorpusReader();
    for (GoldReport g : gold) {
      Path file = goldFile.toAbsolutePath().getParent().resolve(g.file());
      if (!Files.isRegularFile(file))
        throw new IOException("gold report " + g.id() + ": " + file + " is missing");
      for (var corpusFile : reader.list(List.of(file))) {
        reader.read(corpusFile, new ReportSink() {
          @Override
          public void accept(RawReport report) {
            Article a = extractor.extract(report);
            predictions.put(a.id(), GoldPrediction.of(a));
          }

          @Override
          public void skip(ReadProblem problem) {}
        });
      }
    }
    return score(gold, predictions, tablesBeside(goldFile));
  }

  /** Scores a file of {@code dispatches extract --json} output against the gold. */
  public static ConflictGoldResult scoreFile(Path goldFile, Path predictions) throws IOException {
    if (!Files.isRegularFile(predictions))
      throw new IOException("prediction file " + predictions + " is missing");
    Map<String, GoldPrediction> byId = new LinkedHashMap<>();
    int line = 0;
    for (String s : Files.readAllLines(predictions, StandardCharsets.UTF_8)) {
      line++;
      if (s.isBlank()) continue;
      try {
        GoldPrediction p = GoldPrediction.fromJson(JsonParser.parseString(s).getAsJsonObject());
        byId.putIfAbsent(p.id(), p);
      } catch (JsonParseException | IllegalStateException e) {
        throw new IOException(
            predictions + " line " + line + ": not a JSON object from dispatches extract --json");
      }
    }
    return score(GoldReport.readAll(goldFile), byId, tablesBeside(goldFile));
  }

  private static GoldScorerTables tablesBeside(Path goldFile) throws IOException {
    return GoldScorerTables.read(goldFile.toAbsolutePath().getParent().resolve("score.py"));
  }

  static ConflictGoldResult score(
      List<GoldReport> gold, Map<String, GoldPrediction> predictions, GoldScorerTables tables) {
    Map<String, GoldCounts> groups = new LinkedHashMap<>();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    List<String> details = new ArrayList<>();
    for (GoldReport g : gold) {
      GoldPrediction p = predictions.get(g.id());
      if (p == null) {
        missing.add(g.id());
        p = GoldPrediction.empty(g.id());
      }
      String group = g.id().split("-", -1)[0];
      GoldCounts c = groups.computeIfAbsent(group, k -> new GoldCounts());
      sizes.merge(group, 1, Integer::sum);
      scoreFigures(g, p, tables, c, details);
      scoreActors(g, p, tables, c, details);
      scoreDateAndOutlet(g, p, c, details);
    }
    GoldCounts all = new GoldCounts();
    for (GoldCounts c : groups.values()) all.add(c);
    Map<String, GoldCounts> shown = new LinkedHashMap<>();
    shown.put("all", all);
    for (String name : PRINTED) if (groups.containsKey(name)) shown.put(name, groups.get(name));
    sizes.put("all", gold.size());
    return new ConflictGoldResult(shown, sizes, missing, details);
  }

  /** The gold figures of one report merged per (kind, value), as score.py's {@code groups}. */
  private static final class Pair {
    final Set<String> kinds = new HashSet<>();
    boolean required;
    final Set<String> attributions = new HashSet<>(); // null = "no attribution" accepted
    final Set<String> qualifiers = new HashSet<>();
  }

  private static void scoreFigures(
      GoldReport g, GoldPrediction p, GoldScorerTables tables, GoldCounts c, List<String> details) {
    Map<String, Pair> pairs = new LinkedHashMap<>();
    Map<String, Long> values = new LinkedHashMap<>();
    for (GoldReport.GoldFigure f : g.figures()) {
      String key = f.kind() + " " + f.value();
      Pair info = pairs.computeIfAbsent(key, k -> new Pair());
      values.put(key, f.value());
      info.kinds.add(f.kind());
      info.kinds.addAll(f.altKinds());
      info.required |= !f.optional();
      info.attributions.add(f.attribution());
      info.attributions.addAll(f.attributionOk());
      info.qualifiers.add(tables.qualifierClass(f.qualifier()));
    }
    Set<String> matched = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (Figure f : p.figures()) {
      String key = match(pairs, values, f.kind(), f.value());
      String pair = f.kind() + " " + f.value();
      boolean first = seen.add(pair);
      if (key == null) {
        c.instFp++;
        if (first) {
          c.setFp++;
          details.add(g.id() + "  false figure   " + pair + " attr=" + f.attribution() + " :: "
              + clip(f.sentence()));
        }
        continue;
      }
      Pair info = pairs.get(key);
      if (!info.required) {
        c.instOptional++;
        continue;
      }
      c.instTp++;
      if (matched.add(key)) c.setTp++;
      String ext = f.attribution() == null || f.attribution().strip().isEmpty()
          ? null
          : f.attribution().strip();
      boolean[] verdict = attributionVerdict(ext, info.attributions, tables);
      boolean lenient = verdict[0], clean = verdict[1];
      c.attrN++;
      if (lenient) c.attrLenient++;
      if (clean) c.attrClean++;
      boolean goldHas = info.attributions.stream().anyMatch(a -> a != null);
      boolean needed = !info.attributions.contains(null);
      if (needed) {
        c.attrNeedN++;
        if (lenient) c.attrNeedLenient++;
        if (clean) c.attrNeedClean++;
      }
      if (ext == null && goldHas && needed) c.attrMissed++;
      else if (ext != null && !goldHas) c.attrSpurious++;
      else if (ext != null && !lenient) c.attrWrong++;
      if (!clean) {
        details.add(g.id() + "  attribution    " + key + ": got " + ext + ", want "
            + String.join(
                " / ",
                info.attributions.stream().filter(a -> a != null).sorted().toList()));
      }
      c.qualN++;
      if (info.qualifiers.contains(tables.qualifierClass(f.qualifier()))) c.qualOk++;
      else details.add(g.id() + "  qualifier      " + key + ": got " + f.qualifier());
    }
    for (Map.Entry<String, Pair> e : pairs.entrySet()) {
      if (!e.getValue().required) continue;
      c.goldRequired++;
      if (!matched.contains(e.getKey())) details.add(g.id() + "  missed figure  " + e.getKey());
    }
  }

  /** The first required gold pair of this value that accepts the kind, else the last optional one, else null. */
  private static String match(
      Map<String, Pair> pairs, Map<String, Long> values, String kind, long value) {
    String best = null;
    for (Map.Entry<String, Pair> e : pairs.entrySet()) {
      if (values.get(e.getKey()) == value && e.getValue().kinds.contains(kind)) {
        if (e.getValue().required) return e.getKey();
        best = e.getKey();
      }
    }
    return best;
  }

  /** score.py's {@code attribution_verdict}: {lenient, clean}. */
  private static boolean[] attributionVerdict(
      String ext, Set<String> acceptable, GoldScorerTables tables) {
    if (ext == null) {
      boolean ok = acceptable.contains(null);
      return new boolean[] {ok, ok};
    }
    Set<String> et = new HashSet<>(GoldScorerTables.tokens(ext));
    for (String a : acceptable) {
      if (a == null) continue;
      List<String> at = GoldScorerTables.tokens(a);
      if (!at.isEmpty() && et.containsAll(at)) {
        return new boolean[] {true, et.stream().noneMatch(tables::junk)};
      }
    }
    return new boolean[] {false, false};
  }

  private static void scoreActors(
      GoldReport g, GoldPrediction p, GoldScorerTables tables, GoldCounts c, List<String> details) {
    List<Set<String>> extracted = p.actors().stream().map(tables::keysOf).toList();
    List<Set<String>> main = g.actors().stream().map(tables::keysOf).toList();
    List<Set<String>> also = g.actorsAlso().stream().map(tables::keysOf).toList();
    for (int i = 0; i < main.size(); i++) {
      c.actorsGold++;
      if (overlapsAny(main.get(i), extracted)) c.actorsFound++;
      else details.add(g.id() + "  missed actor   " + g.actors().get(i));
    }
    for (int i = 0; i < extracted.size(); i++) {
      c.actorsExtracted++;
      if (overlapsAny(extracted.get(i), main) || overlapsAny(extracted.get(i), also))
        c.actorsExtractedOk++;
      else details.add(g.id() + "  false actor    " + p.actors().get(i));
    }
  }

  private static boolean overlapsAny(Set<String> keys, List<Set<String>> others) {
    for (Set<String> o : others) for (String k : keys) if (o.contains(k)) return true;
    return false;
  }

  private static void scoreDateAndOutlet(
      GoldReport g, GoldPrediction p, GoldCounts c, List<String> details) {
    String pd = p.date() == null || p.date().isEmpty() ? null : p.date();
    Set<String> okDates = new HashSet<>(g.dateOk());
    okDates.add(g.date());
    boolean dateOk = pd != null ? okDates.contains(pd) : g.date() == null;
    if (g.date() != null) {
      c.dateStatedN++;
      if (dateOk) c.dateStatedOk++;
    } else {
      c.dateAbsentN++;
      if (dateOk) c.dateAbsentOk++;
    }
    if (!dateOk) details.add(g.id() + "  date           got " + pd + ", want " + g.date());
    String po = p.outlet() == null || p.outlet().isEmpty() ? null : p.outlet();
    List<String> also =
        g.outletOk().stream().filter(o -> o != null && !o.isEmpty()).toList();
    boolean outletOk;
    if (g.outlet() != null && !g.outlet().isEmpty()) {
      List<String> accepted = new ArrayList<>(also);
      accepted.add(0, g.outlet());
      outletOk = po != null && accepted.stream().anyMatch(o -> sameOutlet(po, o));
      c.outletStatedN++;
      if (outletOk) c.outletStatedOk++;
    } else {
      outletOk = po == null || also.stream().anyMatch(o -> sameOutlet(po, o));
      c.outletAbsentN++;
      if (outletOk) c.outletAbsentOk++;
    }
    if (!outletOk) details.add(g.id() + "  outlet         got " + po + ", want " + g.outlet());
  }

  private static boolean sameOutlet(String a, String b) {
    String na = GoldScorerTables.norm(a), nb = GoldScorerTables.norm(b);
    return na.equals(nb) || na.contains(nb) || nb.contains(na);
  }

  private static String clip(String s) {
    if (s == null) return "";
    return s.length() <= 110 ? s : s.substring(0, 110);
  }

  static List<String> strings(JsonElement e) {
    List<String> out = new ArrayList<>();
    if (e == null || e.isJsonNull()) return out;
    JsonArray a = e.getAsJsonArray();
    for (JsonElement x : a) out.add(x.isJsonNull() ? null : x.getAsString());
    return out;
  }

  static String string(JsonObject o, String field) {
    JsonElement e = o.get(field);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }
}
