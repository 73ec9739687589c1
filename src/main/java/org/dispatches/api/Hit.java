package org.dispatches.api;

import java.util.List;
import org.dispatches.extract.Article;
import org.dispatches.extract.actors.ActorMention;
import org.dispatches.extract.figures.Figure;

/**
 * One search result: what a result list shows. {@code snippet} is HTML: matched words in
 * {@code <mark>}, everything else escaped; every other field is plain text. {@code copyGroup} is
 * null for a report that no other report copies (and in lists that are not collapsed).
 */
public record Hit(
    String id,
    String title,
    String url,
    String outlet,
    String date,
    List<String> actors,
    List<Figure> figures,
    String snippet,
    CopyInfo copyGroup) {

  /**
   * What a result list shows of {@code a}: its date when known, the actors the gazetteer knows
   * (names the text only presents as actors are not listed), and {@code snippet}; copies not
   * looked up.
   */
  public static Hit of(Article a, String snippet) {
    return new Hit(
        a.id(),
        a.title(),
        a.url(),
        a.outlet(),
        a.date() != null && a.date().known() ? a.date().date().toString() : null,
        a.actors().stream()
            .filter(ActorMention::verified)
            .map(ActorMention::name)
            .toList(),
        a.figures(),
        snippet,
        null);
  }

  /** This hit with its story's copies. */
  public Hit withCopies(CopyInfo copies) {
    return new Hit(id, title, url, outlet, date, actors, figures, snippet, copies);
  }
}
