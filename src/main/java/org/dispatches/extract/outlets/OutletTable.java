package org.dispatches.extract.outlets;

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
import org.dispatches.extract.text.KeyShapes;
import org.dispatches.extract.text.NameNormalizer;

/**
 * Maps web domains to outlet names, and outlet names and aliases ("AP", "Kan 11") to the outlet;
 * loaded from the editable {@code outlets.tsv} resource.
 */
public final class OutletTable {
  private final Map<String, String> byDomain;
  private final Map<String, String> byName;
  private final int longestNameTokens;
  /** Token prefixes of every normalized name: a text scan stops extending a span that is no prefix. */
  private final java.util.Set<String> prefixes = new java.util.HashSet<>();
  /** The shapes of names and prefixes: most capitalized words of a text are neither, which this tells without hashing. */
  private final KeyShapes keyShapes;

  private OutletTable(Map<String, String> byDomain, Map<String, String> byName) {
    this.byDomain = Map.copyOf(byDomain);
    this.byName = Map.copyOf(byName);
    for (String key : byName.keySet()) {
      for (int sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1))
        prefixes.add(key.substring(0, sp));
    }
    this.longestNameTokens =
        byName.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    java.util.Set<String> keys = new java.util.HashSet<>(byName.keySet());
    keys.addAll(prefixes);
    this.keyShapes = new KeyShapes(keys);
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

  /** Lines of {@code domain<TAB>Outlet name[<TAB>alias|alias]}; '#' starts a comment. */
  static OutletTable parse(InputStream in) throws IOException {
    Map<String, String> domains = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = reader.readLine()) != null; ) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] parts = line.split("\t");
      if (parts.length < 2) continue;
      String name = parts[1].strip();
      domains.put(parts[0].strip().toLowerCase(Locale.ROOT), name);
      names.putIfAbsent(NameNormalizer.normalize(name), name);
      names.putIfAbsent(NameNormalizer.normalize(name.replaceFirst("^The ", "")), name);
      if (parts.length > 2)
        for (String alias : parts[2].split("\\|")) names.put(NameNormalizer.normalize(alias), name);
    }
    return new OutletTable(domains, names);
  }

  /** The outlet publishing at {@code url}, or null when the domain is not in the table. */
  public String outletForUrl(String url) {
    return outletForDomain(hostOf(url));
  }

  /** The outlet of a host name ("www.reuters.com", "edition.cnn.com"), or null. */
  public String outletForDomain(String host) {
    if (host != null) host = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    while (host != null) {
      String outlet = byDomain.get(host);
      if (outlet != null) return outlet;
      int dot = host.indexOf('.');
      host = dot < 0 || host.indexOf('.', dot + 1) < 0 ? null : host.substring(dot + 1);
    }
    return null;
  }

  /** The outlet a name or alias stands for ("AP" is The Associated Press), or null. */
  public String outletNamed(String name) {
    return name == null ? null : byName.get(NameNormalizer.normalize(name));
  }

  /**
   * The one name an outlet goes by, however a report's metadata, its text or a user writes it: a
   * name or alias of the table in any case ("unrwa", "WSJ"), or one after page furniture is cut
   * ("Anadolu Agency | English", "The Guardian (London)", "Asharq Alawsat (English Edition)",
   * "Welcome to the United Nations"), or a site name ("BBC.com") through its domain. A name the
   * table lacks comes back without that furniture, as written otherwise; blank gives null.
   */
  public String canonical(String name) {
    if (name == null || name.isBlank()) return null;
    String s = SPACES.matcher(name.strip()).replaceAll(" ");
    String known = known(s);
    if (known != null) return known;
    for (String cut = trimmed(s); !cut.equals(s); s = cut, cut = trimmed(s)) {
      known = known(cut);
      if (known != null) return known;
    }
    return s;
  }

  /**
   * The key an outlet is indexed and looked up under: the normalized {@link #canonical} name. The
   * outlet filter, the {@code outlet:} query field and the OpenSearch filters all use this one rule.
   */
  public String key(String name) {
    return keyOf(canonical(name));
  }

  /**
   * The key of a name already canonical (what the indexer holds): normalized, without a leading
   * "the", so that "The Jewish News" and "Jewish News" are one outlet even where the table lacks it.
   */
  public static String keyOf(String canonicalName) {
    if (canonicalName == null) return "";
    String k = NameNormalizer.normalize(canonicalName);
    return k.startsWith("the ") && k.length() > 4 ? k.substring(4) : k;
  }

  /** The table's outlet for a name, an alias or a site name ("BBC.com"), or null. */
  private String known(String s) {
    String byName = outletNamed(s);
    if (byName != null) return byName;
    if (SITE.matcher(s).matches()) {
      String host = s.toLowerCase(Locale.ROOT);
      String byHost = outletForDomain(host);
      if (byHost != null) return byHost;
      // "Vox.com", "Military.com": the name before the top-level domain
      return outletNamed(host.substring(0, host.lastIndexOf('.')));
    }
    return null;
  }

  /** {@code s} with one piece of page furniture cut: a "| ..." tail, a "(...)" tail or a "Welcome to" head. */
  private static String trimmed(String s) {
    String t = WELCOME.matcher(s).replaceFirst("");
    if (!t.equals(s) && !t.isBlank()) return t.strip();
    int bar = s.lastIndexOf('|');
    if (bar > 0 && !s.substring(0, bar).isBlank()) return s.substring(0, bar).strip();
    if (s.endsWith(")")) {
      int open = s.lastIndexOf('(');
      if (open > 0 && !s.substring(0, open).isBlank())
        return s.substring(0, open).strip();
    }
    return s;
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  /** A site name as publishers give it: "BBC.com", "JNS.org", "DAWN.com". */
  private static final java.util.regex.Pattern SITE = java.util.regex.Pattern.compile(
      "(?i)[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|co\\.uk|ie|in|news)");
  /** A page title used as a site name: "Welcome to the United Nations". */
  private static final java.util.regex.Pattern WELCOME =
      java.util.regex.Pattern.compile("(?i)^welcome to (?:the )?");

  /** The outlet of an already normalized name, or null. */
  String outletForKey(String normalizedKey) {
    return keyShapes.mayContain(normalizedKey) ? byName.get(normalizedKey) : null;
  }

  /** Whether a longer outlet name starts with these normalized words. */
  boolean isPrefix(String normalizedKey) {
    return keyShapes.mayContain(normalizedKey) && prefixes.contains(normalizedKey);
  }

  /** The most words an outlet name or alias has. */
  int longestNameTokens() {
    return longestNameTokens;
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
