package org.dispatches.extract;

import java.time.LocalDate;
import java.util.List;
import org.dispatches.extract.actors.ActorExtractor;
import org.dispatches.extract.actors.Gazetteer;
import org.dispatches.extract.dates.DateParser;
import org.dispatches.extract.dates.PublicationDate;
import org.dispatches.extract.dates.TextDates;
import org.dispatches.extract.figures.FigureExtractor;
import org.dispatches.extract.outlets.OutletTable;
import org.dispatches.extract.outlets.SourceFinder;
import org.dispatches.extract.outlets.TextOutlet;
import org.dispatches.extract.outlets.TitleSuffix;
import org.dispatches.extract.text.BoilerplateStripper;
import org.dispatches.extract.text.Invisibles;
import org.dispatches.extract.text.JoinedSentences;
import org.dispatches.extract.text.LanguageDetector;
import org.dispatches.extract.text.NameToken;
import org.dispatches.ingest.RawReport;

/** Turns a report as read into an {@link Article}: runs each extractor over its text. */
public final class ArticleExtractor {
  /** A first line of a text-only report at most this long becomes its title. */
  private static final int MAX_TITLE_LENGTH = 200;

  private final BoilerplateStripper boilerplate = new BoilerplateStripper();
  private final DateParser dates = new DateParser();
  private final TextDates textDates = new TextDates();
  private final LanguageDetector languages = new LanguageDetector();
  private final FigureExtractor figures = new FigureExtractor();
  private final OutletTable outlets;
  private final TextOutlet textOutlet;
  private final SourceFinder sources;
  private final ActorExtractor actors;

  public ArticleExtractor(Gazetteer gazetteer, OutletTable outlets) {
    this.actors = new ActorExtractor(gazetteer);
    this.outlets = outlets;
    this.textOutlet = new TextOutlet(outlets);
    this.sources = new SourceFinder(outlets);
  }

  /** An extractor with the gazetteer and outlet table shipped in the jar. */
  public static ArticleExtractor withDefaults() {
    return new ArticleExtractor(Gazetteer.loadDefault(), OutletTable.loadDefault());
  }

  /** Everything Dispatches extracts from one report; never invents a date or an outlet. */
  public Article extract(RawReport raw) {
    // sentences joined without a space are split once here, so display, extraction and indexing
    // agree
    String rawBody = JoinedSentences.split(Invisibles.remove(raw.body() == null ? "" : raw.body()));
    String body = boilerplate.strip(rawBody);
    String title = Invisibles.remove(raw.title());
    String outlet = outlet(raw, rawBody);
    TitleSuffix suffix = TitleSuffix.of(title, outlet, outlets);
    if (suffix != null) {
      title = suffix.title();
      outlet = suffix.outlet();
    }
    if (title == null || title.isBlank()) {
      int nl = body.indexOf('\n');
      String first = nl < 0 ? body : body.substring(0, nl);
      if (nl > 0 && first.length() <= MAX_TITLE_LENGTH) {
        title = first.strip();
        body = body.substring(nl + 1).strip();
      } else {
        title = "";
      }
    }
    String text = title + "\n\n" + body;
    PublicationDate date = publicationDate(raw, rawBody);
    // one tokenization serves both the outlet-source and the actor scans; title and body are
    // already clean
    List<NameToken> nameTokens = NameToken.tokenizeClean(text);
    var quoted = sources.find(nameTokens);
    quoted.remove(outlet);
    return new Article(
        ArticleIds.idFor(raw),
        title,
        body,
        raw.url(),
        outlet,
        date,
        raw.language() != null ? raw.language() : languages.detect(text),
        actors.extract(text, nameTokens),
        figures.extract(text),
        quoted,
        textDates.mentioned(text, date.date()).stream()
            .filter(d -> !d.equals(date.date()))
            .toList());
  }

  /** Metadata first, then what the raw text states as its publication date; else unknown. */
  private PublicationDate publicationDate(RawReport raw, String rawBody) {
    LocalDate given = dates.parse(raw.date());
    if (given != null) return PublicationDate.given(given);
    LocalDate stated = textDates.publication(rawBody);
    return stated != null ? PublicationDate.stated(stated) : PublicationDate.UNKNOWN;
  }

  /** Metadata under its canonical name, else the URL's domain through the outlet table, else the text's own signals. */
  private String outlet(RawReport raw, String rawBody) {
    if (raw.outlet() != null && !raw.outlet().isBlank()) return outlets.canonical(raw.outlet());
    String byUrl = outlets.outletForUrl(raw.url());
    return byUrl != null ? byUrl : textOutlet.find(rawBody);
  }
}
