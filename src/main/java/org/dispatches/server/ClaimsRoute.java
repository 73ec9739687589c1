package org.dispatches.server;

import com.google.gson.Gson;
import com.google.gson.stream.JsonWriter;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.dispatches.api.BadRequestException;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchRequest;
import org.dispatches.claims.Claim;
import org.dispatches.claims.ClaimCsv;
import org.dispatches.claims.ClaimFilter;
import org.dispatches.claims.ClaimSummary;
import org.dispatches.claims.Claims;
import org.dispatches.claims.Comparison;
import org.dispatches.claims.Interval;
import org.dispatches.claims.ReferenceSeries;
import org.dispatches.claims.SeriesStore;
import org.dispatches.json.Json;

/**
 * {@code GET /api/claims}: every figure of the matching reports as a claim, oldest first, streamed
 * (as export is), then a summary per day or week and source, and, with {@code series}, how the
 * running tolls lie against it. {@code GET /api/series} and {@code /api/series/{name}}: the
 * reference series.
 */
final class ClaimsRoute {
  private static final Gson GSON = Json.api();
  private final Claims claims;
  private final SeriesStore store;

  /** @param store the reference series; null when the server has none */
  ClaimsRoute(SearchBackend search, SeriesStore store) {
    this.claims = new Claims(search);
    this.store = store;
  }

  Object claims(HttpServerExchange exchange) throws Exception {
    Map<String, Deque<String>> params = exchange.getQueryParameters();
    String format = SearchParams.first(params, "format");
    if (format == null || format.isBlank()) format = "json";
    if (!format.equals("csv") && !format.equals("json")) {
      throw new BadRequestException(
          "bad_parameter", "format must be json or csv; got \"" + format + "\"");
    }
    SearchRequest request = SearchParams.parse(
        params, List.of("format", "kind", "attribution", "claim", "series", "interval"));
    ClaimFilter filter = new ClaimFilter(
        SearchParams.first(params, "kind"),
        values(params, "attribution"),
        Set.copyOf(values(params, "claim")));
    Interval interval = Interval.fromParam(SearchParams.first(params, "interval"));
    String seriesName = SearchParams.first(params, "series");
    ReferenceSeries series = seriesName == null || seriesName.isBlank() ? null : series(seriesName);
    try {
      claims.reports(
          request, filter); // a query that cannot be read fails here, before the first byte
    } catch (TooComplexToDeterminizeException e) {
      throw new BadRequestException(
          "query_too_complex",
          "a regular expression or wildcard in the query is too complex to run; make it more specific");
    }
    exchange
        .getResponseHeaders()
        .put(
            Headers.CONTENT_TYPE,
            format.equals("csv") ? "text/csv; charset=utf-8" : "application/json; charset=utf-8");
    try (Writer out = new BufferedWriter(
        new OutputStreamWriter(exchange.getOutputStream(), StandardCharsets.UTF_8))) {
      if (format.equals("csv")) csv(request, filter, series, out);
      else json(request, filter, series, interval, out);
    }
    return null;
  }

  Object seriesList(HttpServerExchange exchange) throws Exception {
    List<Map<String, Object>> list = new ArrayList<>();
    if (store != null) {
      for (String name : store.names()) {
        ReferenceSeries s = store.load(name).orElseThrow();
        list.add(Map.of(
            "name",
            name,
            "kind",
            s.kind(),
            "days",
            s.values().size(),
            "from",
            s.values().firstKey().toString(),
            "to",
            s.values().lastKey().toString()));
      }
    }
    return Map.of("series", list);
  }

  Object series(HttpServerExchange exchange) throws Exception {
    ReferenceSeries s = series(SearchParams.first(exchange.getQueryParameters(), "name"));
    List<Object[]> points = new ArrayList<>(s.values().size());
    s.values().forEach((day, value) -> points.add(new Object[] {day.toString(), value}));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", s.name());
    out.put("kind", s.kind());
    out.put("column", s.column());
    out.put("points", points);
    return out;
  }

  private ReferenceSeries series(String name) throws IOException {
    SeriesStore.checkName(name);
    if (store == null) throw new NotFoundException("this server has no reference series");
    return store
        .load(name)
        .orElseThrow(() -> new NotFoundException(
            "no series \"" + name + "\"; add one with: dispatches series add " + name + " FILE"));
  }

  /** As the export writes CSV: a byte-order mark, the header row, then one row per claim. */
  private void csv(SearchRequest request, ClaimFilter filter, ReferenceSeries series, Writer out)
      throws IOException {
    out.write(ExportRoute.BOM);
    out.write(CsvCells.row(ClaimCsv.HEADER));
    claims.forEach(request, filter, series, c -> out.write(CsvCells.row(ClaimCsv.cells(c))));
  }

  private void json(
      SearchRequest request,
      ClaimFilter filter,
      ReferenceSeries series,
      Interval interval,
      Writer out)
      throws IOException {
    ClaimSummary summary = new ClaimSummary(interval);
    Comparison comparison = new Comparison();
    JsonWriter w = new JsonWriter(out);
    w.setSerializeNulls(true);
    w.beginObject();
    w.name("query").value(request.query());
    w.name("kind").value(filter.kind());
    w.name("series").value(series == null ? null : series.name());
    w.name("claims").beginArray();
    Claims.Counts counts = claims.forEach(request, filter, series, c -> {
      GSON.toJson(c, Claim.class, w);
      summary.add(c);
      comparison.add(c);
    });
    w.endArray();
    w.name("total").value(counts.claims());
    w.name("reports").value(counts.reports());
    w.name("summary").beginObject();
    w.name("interval").value(interval.id());
    w.name("undated").value(summary.undated());
    w.name("rows");
    GSON.toJson(summary.rows(), List.class, w);
    w.endObject();
    w.name("comparison");
    if (series == null) {
      w.nullValue();
    } else {
      w.beginObject();
      w.name("series").value(series.name());
      w.name("lagDays").value(ReferenceSeries.LAG_DAYS);
      w.name("tolerance").value(Comparison.TOLERANCE);
      w.name("compared").value(comparison.compared());
      w.name("within").value(comparison.within());
      w.name("holding").value(comparison.holding());
      w.endObject();
    }
    w.endObject();
    w.flush();
  }

  /** A parameter's values, repeated or comma-separated. */
  private static List<String> values(Map<String, Deque<String>> params, String name) {
    List<String> out = new ArrayList<>();
    Deque<String> values = params.get(name);
    if (values == null) return out;
    for (String v : values)
      for (String part : v.split(",")) if (!part.isBlank()) out.add(part.strip());
    return out;
  }
}
