package org.dispatches.claims;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dispatches.api.Hit;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchRequest;
import org.dispatches.api.SortOrder;
import org.dispatches.extract.figures.Figure;

/**
 * Turns the reports a search matches into claims: every figure the filter accepts, one claim
 * each, in publication order. Works on any {@link SearchBackend}: both back ends stream every
 * match with its stored figures ({@link SearchBackend#forEachHit}), so claims are exact on both.
 */
public final class Claims {
  private final SearchBackend backend;

  public Claims(SearchBackend backend) {
    this.backend = backend;
  }

  /** Receives claims one by one. */
  @FunctionalInterface
  public interface ClaimConsumer {
    void accept(Claim claim) throws IOException;
  }

  /** What one pass read: matching reports, and the claims they gave. */
  public record Counts(long reports, long claims) {}

  /**
   * Streams the claims of every report matching {@code search} (oldest first, undated last).
   *
   * @param series the series to compare cumulative claims of its kind with; null compares none
   */
  public Counts forEach(
      SearchRequest search, ClaimFilter filter, ReferenceSeries series, ClaimConsumer consumer)
      throws IOException {
    long[] claims = {0};
    long reports = backend.forEachHit(narrowed(search, filter), hit -> {
      for (Figure f : hit.figures()) {
        if (!filter.accepts(f)) continue;
        consumer.accept(compared(claim(hit, f), series));
        claims[0]++;
      }
    });
    return new Counts(reports, claims[0]);
  }

  /**
   * How many reports the claims would be read from: runs the search once for one result, so that a
   * query that cannot be read fails (with a 400) before anything is streamed.
   */
  public long reports(SearchRequest search, ClaimFilter filter) throws IOException {
    // narrowed asks for one hit and no facets
    return backend.search(narrowed(search, filter)).total();
  }

  /** Every claim in memory: for the command line and tests; the server streams instead. */
  public List<Claim> list(SearchRequest search, ClaimFilter filter, ReferenceSeries series)
      throws IOException {
    List<Claim> out = new ArrayList<>();
    forEach(search, filter, series, out::add);
    return out;
  }

  static Claim claim(Hit hit, Figure f) {
    return new Claim(
        hit.id(),
        hit.title(),
        hit.outlet(),
        hit.date(),
        f.kind(),
        f.value(),
        f.qualifier(),
        f.claim(),
        f.source(),
        f.attribution(),
        f.subject(),
        f.sentence(),
        CumulativeToll.stated(f.value(), f.subject(), f.sentence()),
        null);
  }

  static Claim compared(Claim c, ReferenceSeries series) {
    if (series == null || !c.cumulative() || c.date() == null || !series.kind().equals(c.kind()))
      return c;
    return c.withReference(series.compare(LocalDate.parse(c.date()), c.value(), c.qualifier()));
  }

  /**
   * The search in date order, and, for stated claims when no figure filter is set, only reports
   * stating a figure of the kind asked for (the figure facet holds stated figures only): the engine
   * skips the rest instead of decoding them. A figure filter the caller set is kept as it is (it
   * selects reports; the claim filter then selects their figures).
   */
  static SearchRequest narrowed(SearchRequest s, ClaimFilter filter) {
    boolean statedOnly = filter.claimTypes().equals(Set.of(Figure.STATED));
    List<String> figures = s.figures().isEmpty() && filter.kind() != null && statedOnly
        ? List.of(filter.kind())
        : s.figures();
    return SearchRequest.builder()
        .query(s.query())
        .outlets(s.outlets())
        .actors(s.actors())
        .figures(figures)
        .sources(s.sources())
        .from(s.from())
        .to(s.to())
        .sort(SortOrder.DATE_ASCENDING)
        .size(1)
        .facets(Set.of())
        .facetSize(s.facetSize())
        .build();
  }
}
