package org.dispatches.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dispatches.extract.Article;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.extract.actors.ActorMention;
import org.dispatches.extract.figures.Figure;
import org.dispatches.index.ReportIndexer;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.FieldChoices;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportSink;
import org.dispatches.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dispatches extract FILE...}: prints what extraction finds in each report. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Print what is extracted from each report (date, outlet, actors, figures, sources).")
public final class ExtractCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Report files or folders (.txt, .jsonl, .json, .csv, .tsv, .html, .warc, .rss, .atom; .gz too)")
  List<Path> files;

  @Option(names = "--json", description = "One JSON object per report instead of text")
  boolean json;

  @Option(
      names = "--field",
      paramLabel = "NAME=COLUMN",
      description = "Feed field NAME from COLUMN, as index --field does")
  List<String> fields = new ArrayList<>();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    var gson = Json.records();
    int[] counts = new int[2];
    FieldChoices choices;
    try {
      choices = FieldChoices.parse(fields);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 64;
    }
    CorpusReader reader = new CorpusReader(ReportIndexer.readOptions(choices));
    for (CorpusFile file : reader.list(files)) {
      reader.read(file, new ReportSink() {
        @Override
        public void accept(RawReport report) {
          Article a = extractor.extract(report);
          out.println(
              json
                  ? gson.toJson(withSource(gson.toJsonTree(a).getAsJsonObject(), report))
                  : describe(report, a));
          counts[0]++;
        }

        @Override
        public void skip(ReadProblem problem) {
          err.println("skipped " + problem);
          counts[1]++;
        }
      });
    }
    out.flush();
    err.println("extracted " + counts[0] + " reports, skipped " + counts[1]);
    return counts[0] == 0 && counts[1] > 0 ? 1 : 0;
  }

  /** The article's JSON plus what the input gave that the index does not keep: the author, and where it was read. */
  private static JsonObject withSource(JsonObject article, RawReport report) {
    if (report.author() != null) article.addProperty("author", report.author());
    article.addProperty("source", report.location().toString());
    return article;
  }

  private static String describe(RawReport report, Article a) {
    StringBuilder b = new StringBuilder();
    b.append("== ").append(report.location()).append('\n');
    b.append("title:    ").append(a.title()).append('\n');
    b.append("date:     ")
        .append(
            a.date().known()
                ? a.date().date() + " (" + a.date().source().name().toLowerCase() + ")"
                : "unknown")
        .append('\n');
    b.append("outlet:   ").append(a.outlet() == null ? "unknown" : a.outlet()).append('\n');
    if (report.author() != null) b.append("author:   ").append(report.author()).append('\n');
    if (a.url() != null) b.append("url:      ").append(a.url()).append('\n');
    b.append("language: ").append(a.language()).append('\n');
    b.append("sources:  ").append(String.join(", ", a.sources())).append('\n');
    b.append("actors:   ");
    for (ActorMention m : a.actors())
      b.append(m.name())
          .append(m.verified() ? "" : "?")
          .append(" x")
          .append(m.mentions())
          .append("; ");
    b.append('\n').append("figures:\n");
    for (Figure f : a.figures()) {
      b.append("  ")
          .append(f.kind())
          .append(' ')
          .append(f.qualifier() == null ? "" : f.qualifier() + " ")
          .append(f.value())
          .append(f.subject() == null ? "" : " " + f.subject())
          .append(f.attribution() == null ? "" : " [" + f.attribution() + "]")
          .append('\n');
    }
    b.append("mentioned dates: ").append(a.mentionedDates()).append('\n');
    return b.toString();
  }
}
