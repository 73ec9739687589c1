package org.dispatches.extract;

import java.util.List;
import org.dispatches.ingest.RawReport;

/** Turns a report as read into an {@link Article}: runs each extractor over its text. */
public final class ArticleExtractor {
  private final BoilerplateStripper boilerplate = new BoilerplateStripper();
  private final DateParser dates = new DateParser();
  private final LanguageDetector languages = new LanguageDetector();
  private final FigureExtractor figures = new FigureExtractor();
  private final OutletTable outlets;
  private final ActorExtractor actors;

  public ArticleExtractor(Gazetteer gazetteer, OutletTable outlets) {
    this.actors = new ActorExtractor(gazetteer);
    this.outlets = outlets;
  }

  /** An extractor with the gazetteer and outlet table shipped in the jar. */
  public static ArticleExtractor withDefaults() {
    return new ArticleExtractor(Gazetteer.loadDefault(), OutletTable.loadDefault());
  }

  public Article extract(RawReport raw) {
    String body = boilerplate.strip(Invisibles.remove(raw.body()));
    String title = Invisibles.remove(raw.title());
    if (title == null || title.isBlank()) {
      int nl = body.indexOf('\n');
      String first = nl < 0 ? body : body.substring(0, nl);
      if (nl > 0 && first.length() <= 200) {
        title = first.strip();
        body = body.substring(nl + 1).strip();
      } else {
        title = "";
      }
    }
    String text = title + "\n\n" + body;
    String outlet = raw.outlet() != null ? raw.outlet() : outlets.outletForUrl(raw.url());
    var date = dates.parse(raw.date());
    return new Article(
        ArticleIds.idFor(raw),
        title,
        body,
        raw.url(),
        outlet,
        date != null ? PublicationDate.given(date) : PublicationDate.UNKNOWN,
        raw.language() != null ? raw.language() : languages.detect(text),
        actors.extract(text),
        figures.extract(text),
        List.of(),
        List.of());
  }
}
