package org.dispatches.server;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
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
import java.util.stream.Collectors;
import org.dispatches.extract.Figure;
import org.dispatches.search.BadRequestException;
import org.dispatches.search.Hit;
import org.dispatches.search.SearchRequest;
import org.dispatches.search.SearchBackend;

/**
 * {@code GET /api/export?format=csv|json&...}: every report that matches the search, streamed as it
 * is read (never the whole set in memory), with the query and the time of export at the top.
 */
final class ExportRoute {
  private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
  /** What a row is: exports list every report, copies included, never one per story. */
  static final String ROWS = "reports (every copy of a story is a row; rows with one copy_group are copies of one story)";
  private final SearchBackend search;

  ExportRoute(SearchBackend search) {
    this.search = search;
  }

  Object export(HttpServerExchange exchange) throws Exception {
    String format = SearchParams.first(exchange.getQueryParameters(), "format");
    if (format == null) format = "csv";
    if (!format.equals("csv") && !format.equals("json")) {
      throw new BadRequestException("bad_parameter", "format must be csv or json; got \"" + format + "\"");
    }
    SearchRequest request = SearchParams.parse(exchange.getQueryParameters());
    String exported = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE,
        format.equals("csv") ? "text/csv; charset=utf-8" : "application/json; charset=utf-8");
    exchange.getResponseHeaders().put(Headers.CONTENT_DISPOSITION,
        "attachment; filename=\"dispatches-export." + format + "\"");
    try (Writer out = new BufferedWriter(new OutputStreamWriter(exchange.getOutputStream(), StandardCharsets.UTF_8))) {
      if (format.equals("csv")) csv(request, exported, out);
      else json(request, exported, out);
    }
    return null;
  }

  private void csv(SearchRequest request, String exported, Writer out) throws IOException {
    out.write("# query: " + request.query().replace('\n', ' ') + "\n");
    out.write("# exported: " + exported + "\n");
    out.write("# rows: " + ROWS + "\n");
    out.write("id,title,outlet,date,url,actors,figures,copy_group,copies\n");
    search.forEachHit(request, hit -> {
      out.write(String.join(",", cell(hit.id()), cell(hit.title()), cell(hit.outlet()), cell(hit.date()),
          cell(hit.url()), cell(String.join("; ", hit.actors())), cell(figures(hit)),
          cell(hit.copyGroup() == null ? null : hit.copyGroup().group()),
          hit.copyGroup() == null ? "0" : Integer.toString(hit.copyGroup().copies())));
      out.write("\n");
    });
  }

  private void json(SearchRequest request, String exported, Writer out) throws IOException {
    JsonWriter w = new JsonWriter(out);
    w.setSerializeNulls(true);
    w.beginObject();
    w.name("query").value(request.query());
    w.name("exported").value(exported);
    w.name("rows").value(ROWS);
    w.name("reports").beginArray();
    long total = search.forEachHit(request, hit -> GSON.toJson(hit, Hit.class, w));
    w.endArray();
    w.name("total").value(total);
    w.endObject();
    w.flush();
  }

  private static String figures(Hit hit) {
    return hit.figures().stream().map(ExportRoute::figure).collect(Collectors.joining("; "));
  }

  private static String figure(Figure f) {
    return f.value() + " " + f.kind();
  }

  /** RFC 4180 quoting; a leading formula character is defused so spreadsheets do not run it. */
  static String cell(String value) {
    if (value == null) return "";
    String v = value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) v = "'" + v;
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
