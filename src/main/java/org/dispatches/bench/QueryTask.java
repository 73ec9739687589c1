package org.dispatches.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One line of a task file ({@link TaskFile}): a category and the search parameters of the HTTP API.
 *
 * @param params parameter name to its values, in the order written
 */
public record QueryTask(String category, Map<String, List<String>> params) {

  public QueryTask {
    // in the order written, as the API request sends them (Map.copyOf would not keep it)
    params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
  }

  /** The first value of {@code name}, or null. */
  public String first(String name) {
    List<String> v = params.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** Every value of {@code name}. */
  public List<String> all(String name) {
    return params.getOrDefault(name, List.of());
  }

  /** The query text, "" when browsing. */
  public String query() {
    String q = first("q");
    return q == null ? "" : q;
  }

  /** The facet dimensions asked for; empty for "none", and every dimension when absent. */
  public List<String> facets(List<String> every) {
    String f = first("facets");
    if (f == null) return every;
    if (f.equals("none")) return List.of();
    return List.of(f.split(","));
  }

  public int page() {
    String p = first("page");
    return p == null ? 1 : Integer.parseInt(p);
  }

  public int size() {
    String s = first("size");
    return s == null ? 10 : Integer.parseInt(s);
  }

  /** The parameters as a URL query string, each value encoded. */
  public String queryString() {
    StringBuilder qs = new StringBuilder();
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      for (String v : e.getValue()) {
        if (!qs.isEmpty()) qs.append('&');
        qs.append(e.getKey()).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
      }
    }
    return qs.toString();
  }

  /** The API request this task sends, e.g. {@code /api/search?q=ceasefire}. */
  public String pathAndQuery() {
    return "/api/search?" + queryString();
  }

  /** A short label for tables: the category and the query. */
  public String label() {
    return category + " [" + (query().isEmpty() ? "*" : query()) + "]";
  }
}
