package org.dispatches.api;

import java.util.List;
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

  /** A hit whose copies are not looked up (none, or a list that is not collapsed). */
  public Hit(
      String id,
      String title,
      String url,
      String outlet,
      String date,
      List<String> actors,
      List<Figure> figures,
      String snippet) {
    this(id, title, url, outlet, date, actors, figures, snippet, null);
  }

  /** This hit with its story's copies. */
  public Hit withCopies(CopyInfo copies) {
    return new Hit(id, title, url, outlet, date, actors, figures, snippet, copies);
  }
}
