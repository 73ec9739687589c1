package org.dispatches.server;

import java.time.LocalDate;
import java.util.List;
import org.dispatches.extract.Article;
import org.dispatches.extract.actors.ActorMention;
import org.dispatches.extract.figures.Figure;

/**
 * The report view of {@code GET /api/articles/{id}}: a hit's fields (actors as names, date as an
 * ISO string or null) plus the body and everything else that was extracted.
 */
record ArticleView(
    String id,
    String title,
    String url,
    String outlet,
    String date,
    String dateSource,
    String language,
    List<String> actors,
    List<ActorMention> actorDetails,
    List<Figure> figures,
    List<String> sources,
    List<LocalDate> mentionedDates,
    String body) {

  static ArticleView of(Article a) {
    boolean known = a.date() != null && a.date().known();
    return new ArticleView(
        a.id(),
        a.title(),
        a.url(),
        a.outlet(),
        known ? a.date().date().toString() : null,
        a.date() == null ? "unknown" : a.date().source().name().toLowerCase(java.util.Locale.ROOT),
        a.language(),
        a.actors().stream().map(ActorMention::name).toList(),
        a.actors(),
        a.figures(),
        a.sources(),
        a.mentionedDates(),
        a.body());
  }
}
