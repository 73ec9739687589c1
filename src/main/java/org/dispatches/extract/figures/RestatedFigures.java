package org.dispatches.extract.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Gives a figure stated without a source the source the same report gives it elsewhere: a
 * headline's "kills at least 20" is the "at least 20 people ..., the country's presidency says" of
 * its body. Only when every attributed statement of that kind and value names one canonical
 * source; a figure two sources give stays without one.
 */
final class RestatedFigures {
  private RestatedFigures() {}

  /** The figures, those without a source given the one source of their other statements. */
  static List<Figure> withSources(List<Figure> figures) {
    if (figures.size() < 2) return figures;
    Map<String, Figure> sourced = new HashMap<>();
    Map<String, Boolean> unique = new HashMap<>();
    boolean unsourced = false;
    for (Figure f : figures) {
      if (f.attribution() == null) {
        unsourced = true;
        continue;
      }
      String key = key(f);
      Figure first = sourced.putIfAbsent(key, f);
      if (first != null && !Objects.equals(first.source(), f.source())) unique.put(key, false);
    }
    if (!unsourced || sourced.isEmpty()) return figures;
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      Figure from = f.attribution() == null ? sourced.get(key(f)) : null;
      if (from == null || unique.containsKey(key(f))) {
        out.add(f);
        continue;
      }
      out.add(f.attributedAs(from));
    }
    return out;
  }

  private static String key(Figure f) {
    return f.kind() + ' ' + f.value();
  }
}
