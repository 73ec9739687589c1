package org.dispatches.server;

import com.google.gson.stream.JsonWriter;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dispatches.api.SearchRequest;

/**
 * What an export is of: query, filters, order, index version, time and count. It goes in response
 * headers (both formats) and, for JSON, in a {@code metadata} object, never into the CSV body: the
 * first CSV line must be the header row for pandas, R and Excel. Header values are percent-encoded,
 * so nothing from the request reaches a header unescaped (no CR/LF, no non-ASCII).
 *
 * @param filters the filters as a query string ({@code outlet=Reuters&from=2024-01-01}), "" for none
 * @param indexVersion the index version the export was read from; null when the back end has none
 */
record ExportMetadata(
    String query, String filters, String sort, String indexVersion, String exported, long total) {
  static final String PREFIX = "X-Dispatches-";
  /** Every header {@link #writeHeaders} may set, for CORS to expose. */
  static final List<String> HEADER_NAMES = List.of(
      PREFIX + "Query",
      PREFIX + "Filters",
      PREFIX + "Sort",
      PREFIX + "Index-Version",
      PREFIX + "Exported",
      PREFIX + "Total",
      PREFIX + "Rows");
  /** What a row is: an export lists every report, copies of one story included, never one row per story. */
  static final String ROWS = "reports (copies included; rows of one story share copy_group)";

  static ExportMetadata of(SearchRequest r, String indexVersion, String exported, long total) {
    return new ExportMetadata(
        r.query(), filterString(r), r.effectiveSort().param(), indexVersion, exported, total);
  }

  private static String filterString(SearchRequest r) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : Map.of(
            "outlet",
            r.outlets(),
            "actor",
            r.actors(),
            "figure",
            r.figures(),
            "source",
            r.sources())
        .entrySet()
        .stream()
        .sorted(Map.Entry.comparingByKey())
        .toList()) {
      for (String v : e.getValue()) parts.add(e.getKey() + "=" + encode(v));
    }
    if (r.from() != null) parts.add("from=" + r.from());
    if (r.to() != null) parts.add("to=" + r.to());
    if (r.copies().group() != null) parts.add("group=" + r.copies().group());
    return String.join("&", parts);
  }

  void writeHeaders(HeaderMap headers) {
    headers.put(HttpString.tryFromString(HEADER_NAMES.get(0)), encode(query));
    headers.put(HttpString.tryFromString(HEADER_NAMES.get(1)), filters);
    headers.put(HttpString.tryFromString(HEADER_NAMES.get(2)), sort);
    if (indexVersion != null)
      headers.put(HttpString.tryFromString(HEADER_NAMES.get(3)), indexVersion);
    headers.put(HttpString.tryFromString(HEADER_NAMES.get(4)), exported);
    headers.put(HttpString.tryFromString(HEADER_NAMES.get(5)), total);
    headers.put(HttpString.tryFromString(HEADER_NAMES.get(6)), encode(ROWS));
  }

  /** The {@code metadata} object of a JSON export; values as they are (JSON escapes them). */
  void writeJson(JsonWriter w) throws IOException {
    w.beginObject();
    w.name("query").value(query);
    w.name("filters").value(filters);
    w.name("sort").value(sort);
    w.name("indexVersion").value(indexVersion);
    w.name("exported").value(exported);
    w.name("total").value(total);
    w.name("rows").value(ROWS);
    w.endObject();
  }

  private static String encode(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
