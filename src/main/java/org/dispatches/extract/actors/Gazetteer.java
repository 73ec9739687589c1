package org.dispatches.extract.actors;

import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dispatches.extract.text.KeyShapes;
import org.dispatches.extract.text.NameNormalizer;
import org.dispatches.json.Json;

/**
 * The known actors, looked up by any alias in normalized form, and by transliteration variants of
 * their multi-word names ("Hazim Kasım" finds Hazem Qassem). Loaded from the editable
 * {@code actors.json} resource and the regional files under {@code gazetteer/}: lists of
 * {@code {"name", "type", "aliases": [...], "source": "..."}}.
 */
public final class Gazetteer {
  /** The type of entries that name places: matched in text, so that no part of a place is read as a person, never reported as actors. */
  public static final String PLACE = "place";

  private final List<Actor> actors;
  private final Map<String, Alias> byAlias = new HashMap<>();
  /** Every token prefix of every alias key: a text scan stops extending a span that is no prefix. */
  private final Set<String> prefixes = new java.util.HashSet<>();

  private final TransliterationIndex variants = new TransliterationIndex();
  /** Aliases, plurals of aliases and alias prefixes, for the text scan. */
  private final ScanKeys scanKeys;

  private final int longestAliasTokens;

  public Gazetteer(List<Actor> actors) {
    this.actors = List.copyOf(actors);
    int longest = 1;
    for (Actor a : actors) {
      for (String alias : allNames(a)) {
        String key = NameNormalizer.normalize(alias);
        if (key.isEmpty()) continue;
        Alias known = byAlias.get(key);
        if (known == null) byAlias.put(key, Alias.of(a, alias));
        else if (known.actor() == a) byAlias.put(key, known.withSpelling(alias));
        for (int sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1))
          prefixes.add(key.substring(0, sp));
        if (spelledVariously(a, alias)) variants.add(alias, a);
        longest = Math.max(longest, key.split(" ").length);
      }
    }
    this.longestAliasTokens = longest;
    Set<String> keys = new java.util.HashSet<>(byAlias.keySet());
    keys.addAll(prefixes);
    for (String k : byAlias.keySet()) keys.add(k + "s");
    // the alias of each scan key, or null for a prefix that is none
    Map<String, Alias> scanAliases = new HashMap<>();
    for (String k : keys) {
      Alias alias = byAlias.get(k);
      // plurals: "Qataris", "Houthis"
      if (alias == null && k.length() > 3 && k.endsWith("s"))
        alias = byAlias.get(k.substring(0, k.length() - 1));
      if (alias != null || prefixes.contains(k)) scanAliases.put(k, alias);
    }
    this.scanKeys = new ScanKeys(scanAliases, prefixes);
    scanAliases.forEach((k, alias) -> {
      if (alias != null && (alias.capitals() & 1) == 0) {
        int sp = k.indexOf(' ');
        lowerCaseStarts.add(sp < 0 ? k : k.substring(0, sp));
      }
    });
    this.lowerCaseStartShapes = new KeyShapes(lowerCaseStarts);
    for (Actor a : actors) {
      if (!"person".equals(a.type())) continue;
      List<String> key = NameKey.tokens(a.name());
      if (key.size() > 1) surnames.putIfAbsent(a, new NameForm(key.get(key.size() - 1)));
    }
  }

  /**
   * The first words of aliases that may start in lower case ("the United Nations", "al-Qaeda",
   * "families forum"): every other alias starts with a word it capitalizes, so a lower-case word
   * of a text (most of its words) starts none, and the scan skips it without a look-up.
   */
  private final Set<String> lowerCaseStarts = new java.util.HashSet<>();

  /**
   * Their shapes: the Latin ones are a dozen ("the", "al", "war"), so nearly every lower-case word
   * of a text is ruled out without hashing it.
   */
  private final KeyShapes lowerCaseStartShapes;

  /**
   * The folded last token of every known person named in two tokens or more, by which a text may
   * name them again; folded once here, not in every text that names them.
   */
  private final Map<Actor, NameForm> surnames = new HashMap<>();

  /** The folded surname of a known person named in two tokens or more, else null. */
  NameForm surname(Actor actor) {
    return surnames.get(actor);
  }

  /** False when no alias can start at a text word written in lower case with this normalized form. */
  boolean mayStartInLowerCase(String normalizedWord) {
    return lowerCaseStartShapes.mayContain(normalizedWord)
        && lowerCaseStarts.contains(normalizedWord);
  }

  /**
   * The scan entry of one normalized token, or null when it is no alias, plural of one, or alias
   * prefix; {@link ScanKeys.ScanKey#next} extends it token by token.
   */
  ScanKeys.ScanKey scanKey(String normalizedToken) {
    return scanKeys.start(normalizedToken);
  }

  /** The list of regional gazetteer files in the jar, read after {@code actors.json}. */
  static final String REGIONAL_INDEX = "/gazetteer/files.txt";

  /**
   * The gazetteer shipped in the jar: {@code actors.json}, then every regional file that
   * {@code gazetteer/files.txt} lists, in order; an alias names the first actor that claims it.
   */
  public static Gazetteer loadDefault() {
    List<Actor> all = new ArrayList<>(read("/actors.json"));
    for (String file : regionalFiles()) all.addAll(read("/gazetteer/" + file));
    return new Gazetteer(all);
  }

  private static List<String> regionalFiles() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(REGIONAL_INDEX)) {
      if (in == null) return List.of();
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String f = line.strip();
        if (!f.isEmpty() && !f.startsWith("#")) out.add(f);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Actor> read(String resource) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null)
        throw new IllegalStateException(resource.substring(1) + " is missing from the jar");
      return list(new InputStreamReader(in, StandardCharsets.UTF_8), resource.substring(1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (com.google.gson.JsonParseException e) {
      throw new IllegalStateException(
          resource.substring(1) + " is not a JSON list of actors: " + e.getMessage(), e);
    }
  }

  /** A gazetteer from JSON text. */
  public static Gazetteer parse(Reader json) {
    return new Gazetteer(list(json, "gazetteer"));
  }

  /** The actors of one JSON list; an entry without a name or type is an error that names the file. */
  private static List<Actor> list(Reader json, String what) {
    List<Actor> list = Json.records().fromJson(json, new TypeToken<List<Actor>>() {}.getType());
    if (list == null) return List.of();
    for (Actor a : list) {
      if (a == null || a.name() == null || a.name().isBlank() || a.type() == null) {
        throw new IllegalStateException(what + ": an entry lacks a name or a type: " + a);
      }
    }
    return list;
  }

  /** The actor named {@code name}: by alias in any case or diacritics, else by transliteration variant. */
  public Optional<Actor> find(String name) {
    return resolve(name);
  }

  /**
   * Resolves a free name to a canonical actor, as search does for {@code actor:NAME}: an exact alias
   * first, then a plural or possessive form, then a unique transliteration variant.
   */
  public Optional<Actor> resolve(String name) {
    if (name == null || name.isBlank()) return Optional.empty();
    Alias exact = alias(NameNormalizer.normalize(name));
    if (exact != null && exact.accepts(name.strip())) return Optional.of(exact.actor());
    return variants.find(name);
  }

  /**
   * Resolves a name a user typed as a query ({@code actor:idf}): like {@link #resolve}, but an exact
   * alias matches in any case, since a query names an actor on purpose and is not running text
   * where "us" is a pronoun.
   */
  public Optional<Actor> resolveQuery(String name) {
    if (name == null || name.isBlank()) return Optional.empty();
    Alias exact = alias(NameNormalizer.normalize(name));
    return exact != null ? Optional.of(exact.actor()) : variants.find(name);
  }

  /** The alias with this normalized key, or null. */
  Alias alias(String normalizedKey) {
    return byAlias.get(normalizedKey);
  }

  /** Whether some longer alias starts with these normalized tokens. */
  boolean isPrefix(String normalizedKey) {
    return prefixes.contains(normalizedKey);
  }

  /** The actor a transliteration variant of a multi-word name or long single name resolves to. */
  Optional<Actor> variant(String name) {
    return variants.find(name);
  }

  /** The actor the folded forms of a Latin-script name resolve to as a transliteration variant. */
  Optional<Actor> variant(List<NameForm> forms) {
    return variants.find(forms);
  }

  /** False when no transliteration variant of any name starts with a token that matches {@code first}. */
  boolean mayStartVariantWith(NameForm first) {
    return variants.mayStartWith(first);
  }

  /** False when no transliteration variant of any name ends with a token that matches {@code last}. */
  boolean mayEndVariantWith(NameForm last) {
    return variants.mayEndWith(last);
  }

  /** False when no transliteration variant of a name of {@code size} tokens with these first and last tokens can exist. */
  boolean mayBeVariant(int size, NameForm first, NameForm last) {
    return variants.mayMatch(size, first, last);
  }

  /** Every actor, in file order. */
  public List<Actor> actors() {
    return actors;
  }

  /** The most tokens any alias has: how far a text scan must look ahead. */
  public int longestAliasTokens() {
    return longestAliasTokens;
  }

  /** Types whose names reach English through transliteration, in many spellings ("Hizballah", "Hazim Kasım"). */
  private static final Set<String> TRANSLITERATED =
      Set.of("person", "armed group", "political party");

  /**
   * Whether a misspelled or transliterated form of this alias should still find the actor: people,
   * armed groups and parties, by their written names, not by acronyms. States and institutions have
   * fixed spellings, and their long names are near too many words ("Americans" is not Americares).
   */
  private static boolean spelledVariously(Actor a, String alias) {
    if (!TRANSLITERATED.contains(a.type())) return false;
    // a group's one-word name is near too many words ("Ansari" is not Ansaru): its spellings are
    // listed
    if (!"person".equals(a.type()) && NameKey.tokens(alias).size() < 2) return false;
    for (int i = 0; i < alias.length(); i++)
      if (Character.isLowerCase(alias.charAt(i))) return true;
    return false;
  }

  private static List<String> allNames(Actor a) {
    Set<String> names = new LinkedHashSet<>();
    names.add(a.name());
    names.addAll(a.aliases());
    return new ArrayList<>(names);
  }
}
