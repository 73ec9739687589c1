package org.dispatches.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Maps web domains to outlet names; loaded from the editable {@code outlets.tsv} resource. */
public final class OutletTable {
  private final Map<String, String> byDomain;

  private OutletTable(Map<String, String> byDomain) {
    this.byDomain = Map.copyOf(byDomain);
  }

  /** The table shipped in the jar. */
  public static OutletTable loadDefault() {
    try (InputStream in = OutletTable.class.getResourceAsStream("/outlets.tsv")) {
      if (in == null) throw new IllegalStateException("outlets.tsv is missing from the jar");
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines of {@code domain<TAB>Outlet name}; '#' starts a comment. */
  static OutletTable parse(InputStream in) throws IOException {
    Map<String, String> map = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = reader.readLine()) != null; ) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] parts = line.split("\t");
      if (parts.length >= 2) map.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
    }
    return new OutletTable(map);
  }

  /** The outlet publishing at {@code url}, or null when the domain is not in the table. */
  public String outletForUrl(String url) {
    String host = hostOf(url);
    while (host != null) {
      String outlet = byDomain.get(host);
      if (outlet != null) return outlet;
      int dot = host.indexOf('.');
      host = dot < 0 || host.indexOf('.', dot + 1) < 0 ? null : host.substring(dot + 1);
    }
    return null;
  }

  static String hostOf(String url) {
    if (url == null || url.isBlank()) return null;
    try {
      String host = URI.create(url.strip().replace(" ", "%20")).getHost();
      if (host == null) return null;
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
