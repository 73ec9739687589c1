package org.dispatches.search;

import java.util.List;
import org.dispatches.extract.Figure;

/**
 * One search result: what a result list shows. {@code snippet} is HTML: matched words in
 * {@code <mark>}, everything else escaped; every other field is plain text.
 */
public record Hit(
    String id,
    String title,
    String url,
    String outlet,
    String date,
    List<String> actors,
    List<Figure> figures,
    String snippet) {}
