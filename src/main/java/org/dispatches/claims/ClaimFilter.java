package org.dispatches.claims;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dispatches.api.BadRequestException;
import org.dispatches.extract.figures.Figure;
import org.dispatches.extract.figures.FigureKind;

/**
 * Which figures of the matching reports count as claims.
 *
 * @param kind the figure kind ({@code killed}); null takes every kind
 * @param attributions canonical sources or attributions as written, any case; empty takes all
 * @param claimTypes claim types to keep; empty keeps stated figures only
 */
public record ClaimFilter(String kind, List<String> attributions, Set<String> claimTypes) {
  /** The claim types there are; {@code all} in a request stands for every one. */
  public static final List<String> CLAIM_TYPES =
      List.of(Figure.STATED, Figure.PROJECTED, Figure.PROPOSED, Figure.COMBINED);

  public ClaimFilter {
    if (kind != null && kind.isBlank()) kind = null;
    if (kind != null) {
      FigureKind k = FigureKind.fromId(kind.strip());
      if (k == null) {
        throw new BadRequestException(
            "bad_parameter",
            "unknown figure kind \"" + kind + "\"; kinds are "
                + Arrays.stream(FigureKind.values())
                    .map(FigureKind::id)
                    .collect(Collectors.joining(", ")));
      }
      kind = k.id();
    }
    attributions = attributions.stream()
        .filter(a -> !a.isBlank())
        .map(a -> a.strip().toLowerCase(Locale.ROOT))
        .toList();
    Set<String> types = new LinkedHashSet<>();
    for (String t : claimTypes) {
      String type = t.strip().toLowerCase(Locale.ROOT);
      if (type.isEmpty()) continue;
      if (type.equals("all")) types.addAll(CLAIM_TYPES);
      else if (CLAIM_TYPES.contains(type)) types.add(type);
      else
        throw new BadRequestException(
            "bad_parameter",
            "unknown claim type \"" + t + "\"; claim types are " + String.join(", ", CLAIM_TYPES)
                + " or all");
    }
    claimTypes = types.isEmpty() ? Set.of(Figure.STATED) : Set.copyOf(types);
  }

  /** Stated figures of {@code kind} from any source. */
  public static ClaimFilter of(String kind) {
    return new ClaimFilter(kind, List.of(), Set.of());
  }

  /** Whether {@code f} is a claim this filter keeps. */
  public boolean accepts(Figure f) {
    if (kind != null && !kind.equals(f.kind())) return false;
    if (!claimTypes.contains(f.claim())) return false;
    if (attributions.isEmpty()) return true;
    return matches(f.source()) || matches(f.attribution());
  }

  private boolean matches(String name) {
    return name != null && attributions.contains(name.strip().toLowerCase(Locale.ROOT));
  }
}
