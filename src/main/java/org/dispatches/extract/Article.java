package org.dispatches.extract;

import java.time.LocalDate;
import java.util.List;
import org.dispatches.extract.actors.ActorMention;
import org.dispatches.extract.dates.PublicationDate;
import org.dispatches.extract.figures.Figure;

/**
 * A report after extraction: what is indexed and what the API returns.
 *
 * @param id stable id: the given id, else derived from the url, else from the source path
 * @param body the text without boilerplate
 * @param outlet where it was published; null when unknown
 * @param sources media and wire services the report quotes ("told Reuters"), not the outlet
 * @param mentionedDates event dates the text names, distinct from the publication date
 */
public record Article(
    String id,
    String title,
    String body,
    String url,
    String outlet,
    PublicationDate date,
    String language,
    List<ActorMention> actors,
    List<Figure> figures,
    List<String> sources,
    List<LocalDate> mentionedDates) {

  public Article {
    actors = List.copyOf(actors);
    figures = List.copyOf(figures);
    sources = List.copyOf(sources);
    mentionedDates = List.copyOf(mentionedDates);
  }
}
