package org.dispatches.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dispatches.index.FieldCatalog;
import org.dispatches.index.FieldSpec;

/**
 * The terms a request's value filters look up, field by field, for either engine to turn into its
 * own queries: each value typed by the user is resolved through the field's aliases and key ({@link
 * ActorNames#key}), so {@code outlet=reuters}, {@code outlet=Reuters} and {@code outlet:reuters} find
 * the same reports. A keyword field is matched on its indexed key (an actor the facet leaves out
 * still filters); a facet-only field and a field's missing value ({@code outlet=unknown}: no outlet)
 * on the facet value.
 */
public final class FilterTerms {
  private FilterTerms() {}

  /** One term a filter looks up: in the field's keyword terms, or among its facet values. */
  public record Match(String term, boolean facetValue) {}

  /** The filtered fields with their terms (ORed within a field), in catalogue order. */
  public static Map<FieldSpec, List<Match>> of(SearchRequest r, ActorNames names) {
    Map<FieldSpec, List<Match>> out = new LinkedHashMap<>();
    for (FieldSpec field : FieldCatalog.filters()) {
      List<String> values = r.filterValues(field.filter());
      if (values.isEmpty()) continue;
      List<Match> matches = new ArrayList<>();
      for (String v : values) matches.add(match(field, v, names));
      out.put(field, matches);
    }
    return out;
  }

  private static Match match(FieldSpec field, String typed, ActorNames names) {
    if (field.missing() != null && typed.strip().equalsIgnoreCase(field.missing()))
      return new Match(field.missing(), true);
    return new Match(names.key(field, typed), field.kind() == FieldSpec.Kind.FACET);
  }
}
