package org.dispatches.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.dispatches.extract.actors.ActorExtractor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.extract.dates.TextDates;
import org.dispatches.extract.figures.FigureExtractor;
import org.dispatches.extract.outlets.OutletTable;
import org.dispatches.extract.outlets.SourceFinder;
import org.dispatches.extract.outlets.TextOutlet;
import org.dispatches.extract.text.BoilerplateStripper;
import org.dispatches.extract.text.Invisibles;
import org.dispatches.extract.text.LanguageDetector;
import org.dispatches.ingest.RawReport;

/** The stages of {@link ArticleExtractor} one by one, for the extraction benchmark to time separately. */
public final class ExtractionStages {
  private final BoilerplateStripper boilerplate = new BoilerplateStripper();
  private final TextDates textDates = new TextDates();
  private final LanguageDetector languages = new LanguageDetector();
  private final FigureExtractor figures = new FigureExtractor();
  private final ActorExtractor actors;
  private final SourceFinder sources;
  private final TextOutlet textOutlet;

  public ExtractionStages(Gazetteer gazetteer, OutletTable outlets) {
    this.actors = new ActorExtractor(gazetteer);
    this.sources = new SourceFinder(outlets);
    this.textOutlet = new TextOutlet(outlets);
  }

  /** The text the extractors read: title, blank line, body without furniture (as ArticleExtractor builds it). */
  public String text(RawReport raw) {
    String body = boilerplate.strip(Invisibles.remove(raw.body() == null ? "" : raw.body()));
    return (raw.title() == null ? "" : raw.title()) + "\n\n" + body;
  }

  /** Each stage by name; each returns a number derived from its result so that no work is optimised away. */
  public Map<String, ToIntFunction<RawReport>> onRaw() {
    Map<String, ToIntFunction<RawReport>> m = new LinkedHashMap<>();
    m.put("boilerplate", r -> boilerplate.strip(Invisibles.remove(r.body())).length());
    m.put("publication date", r -> textDates.publication(r.body()) == null ? 0 : 1);
    m.put("outlet from text", r -> textOutlet.find(r.body()) == null ? 0 : 1);
    return m;
  }

  /** Stages that read the assembled text. */
  public Map<String, ToIntFunction<String>> onText() {
    Map<String, ToIntFunction<String>> m = new LinkedHashMap<>();
    m.put("mentioned dates", t -> textDates.mentioned(t, null).size());
    m.put("sources", t -> sources.find(t).size());
    m.put("actors", t -> actors.extract(t).size());
    m.put("figures", t -> figures.extract(t).size());
    m.put("language", t -> languages.detect(t).length());
    return m;
  }
}
