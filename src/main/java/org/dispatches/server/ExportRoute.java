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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.dispatches.api.BadRequestException;
import org.dispatches.api.Hit;
import org.dispatches.api.SearchBackend;
import org.dispatches.api.SearchRequest;
import org.dispatches.extract.figures.Figure;
import org.dispatches.json.Json;

/**
 * {@code GET /api/export?format=csv|json&...}: every report that matches the search, streamed as it
 * is read (never the whole set in memory). The search is run once for its count before the first
 * byte, so a query that cannot be read is a 400 JSON error, never a 200 with no rows. What the
 * export is of goes in {@link ExportMetadata}; the CSV starts with a byte-order mark (Excel reads
 * Arabic as UTF-8 only then) and its first line is the header row.
 */
final class ExportRoute {
  private static final Gson GSON = Json.api();
  static final String BOM = "\uFEFF";
  /** The last two columns: the report's copy group (rows of one story share it) and how many other reports it has. */
  static final String[] CSV_HEADER = {
    "id", "title", "outlet", "date", "url", "actors", "figures", "copy_group", "copies"
  };

  private final SearchBackend search;

  ExportRoute(SearchBackend search) {
    this.search = search;
  }

  Object export(HttpServerExchange exchange) throws Exception {
    String format = SearchParams.first(exchange.getQueryParameters(), "format");
    if (format == null) format = "csv";
    if (!format.equals("csv") && !format.equals("json")) {
      throw new BadRequestException("bad_parameter", "format must be csv or json");
    }
    SearchRequest request = SearchParams.parse(exchange.getQueryParameters(), List.of("format"));
    String exported = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    ExportMetadata meta =
        ExportMetadata.of(request, search.indexVersion(), exported, count(request));
    meta.writeHeaders(exchange.getResponseHeaders());
    exchange
        .getResponseHeaders()
        .put(
            Headers.CONTENT_TYPE,
            format.equals("csv") ? "text/csv; charset=utf-8" : "application/json; charset=utf-8");
    exchange
        .getResponseHeaders()
        .put(
            Headers.CONTENT_DISPOSITION,
            "attachment; filename=\"dispatches-export." + format + "\"");
    try (Writer out = new BufferedWriter(
        new OutputStreamWriter(exchange.getOutputStream(), StandardCharsets.UTF_8))) {
      if (format.equals("csv")) csv(request, out);
      else json(request, meta, out);
    }
    return null;
  }

  /** How many reports match: also parses and runs the query, so that a bad one fails before the first byte. */
  private long count(SearchRequest r) throws IOException {
    // the export's own reading of the query (correct, copies), one hit, no facets; a cursor does
    // not apply to an export
    SearchRequest probe =
        r.toBuilder().page(1).size(1).facets(Set.of()).facetSize(1).cursor(null).build();
    try {
      return search.search(probe).total();
    } catch (TooComplexToDeterminizeException e) {
      throw new BadRequestException(
          "query_too_complex",
          "a regular expression or wildcard in the query is too complex to run; make it more specific");
    }
  }

  private void csv(SearchRequest request, Writer out) throws IOException {
    out.write(BOM);
    out.write(CsvCells.row(CSV_HEADER));
    search.forEachHit(
        request,
        hit -> out.write(CsvCells.row(
            hit.id(),
            hit.title(),
            hit.outlet(),
            hit.date(),
            hit.url(),
            String.join("; ", hit.actors()),
            figures(hit.figures()),
            hit.copyGroup() == null ? null : hit.copyGroup().group(),
            hit.copyGroup() == null ? "0" : Integer.toString(hit.copyGroup().copies()))));
  }

  private void json(SearchRequest request, ExportMetadata meta, Writer out) throws IOException {
    JsonWriter w = new JsonWriter(out);
    w.setSerializeNulls(true);
    w.beginObject();
    w.name("metadata");
    meta.writeJson(w);
    w.name("reports").beginArray();
    long total = search.forEachHit(request, hit -> GSON.toJson(hit, Hit.class, w));
    w.endArray();
    w.name("total").value(total);
    w.endObject();
    w.flush();
  }

  /** "33207 killed; 130 hostages; 85000 killed (projected)": the claim type when it is not stated. */
  static String figures(List<Figure> figures) {
    return figures.stream()
        .map(f -> f.value() + " " + f.kind() + (f.stated() ? "" : " (" + f.claim() + ")"))
        .collect(Collectors.joining("; "));
  }
}
