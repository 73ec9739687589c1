package org.dispatches.extract.actors;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.dispatches.extract.text.KeyShapes;

/**
 * The keys of the text scan (aliases, their plurals and their token prefixes) as a trie of
 * normalized tokens. The scan steps from a span to a longer one by the next token's norm, whose
 * string keeps its hash, instead of building and hashing the joined key at every step: two in three
 * spans that start an alias go on to a next token ("the", "Israeli", "United").
 */
final class ScanKeys {
  /**
   * What a text scan learns of a span of tokens in one lookup: the alias it is (or whose plural it
   * is), whether longer keys start with it, and those keys by their next token.
   */
  record ScanKey(Alias alias, boolean prefix, Map<String, ScanKey> longer) {
    /** The entry of this span and one more token, or null when that is no key. */
    ScanKey next(String normalizedToken) {
      return longer.get(normalizedToken);
    }
  }

  private final Map<String, ScanKey> first;
  /** The shapes of the one-token keys: most words of a text are none, told without a lookup. */
  private final KeyShapes shapes;

  /**
   * One bit per one-token key's hash, in a table small enough to stay in cache: most words of a
   * shape some key has are still no key, and the map's look-up reads memory the bit does not.
   */
  private final long[] hashBits = new long[1 << 11];

  /**
   * @param entries every scan key (tokens joined by single spaces), with its alias or null
   * @param prefixes the keys that longer aliases start with
   */
  ScanKeys(Map<String, Alias> entries, Set<String> prefixes) {
    Node root = new Node();
    entries.forEach((key, alias) -> {
      Node node = root;
      for (String token : key.split(" ", -1))
        node = node.next.computeIfAbsent(token, t -> new Node());
      node.present = true;
      node.alias = alias;
      node.prefix = prefixes.contains(key);
    });
    this.first = freeze(root);
    this.shapes = new KeyShapes(first.keySet());
    for (String key : first.keySet()) {
      int bit = hashBit(key);
      hashBits[bit >>> 6] |= 1L << bit;
    }
  }

  /** The bit of a token's hash, of {@code 64 * hashBits.length}. */
  private int hashBit(String token) {
    int h = token.hashCode();
    return (h ^ (h >>> 17)) & (64 * hashBits.length - 1);
  }

  /** The entry of a one-token span, or null when it is no key. */
  ScanKey start(String normalizedToken) {
    if (!shapes.mayContain(normalizedToken)) return null;
    int bit = hashBit(normalizedToken);
    return (hashBits[bit >>> 6] & (1L << bit)) != 0 ? first.get(normalizedToken) : null;
  }

  private static final class Node {
    Alias alias;
    boolean present;
    boolean prefix;
    final Map<String, Node> next = new HashMap<>();
  }

  /** The keys below a node; a span that is no key ends the scan, so nothing below it is kept. */
  private static Map<String, ScanKey> freeze(Node node) {
    if (node.next.isEmpty()) return Map.of();
    Map<String, ScanKey> out = new HashMap<>();
    node.next.forEach((token, child) -> {
      if (child.present) out.put(token, new ScanKey(child.alias, child.prefix, freeze(child)));
    });
    return out;
  }
}
