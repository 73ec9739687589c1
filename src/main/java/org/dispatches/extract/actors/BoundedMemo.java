package org.dispatches.extract.actors;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a pure function kept across texts, for an extractor that serves many threads:
 * texts repeat names and sentences, so the gazetteer is asked the same questions again and again.
 * Forgets everything when full rather than tracking use, as most keys are asked about once.
 */
final class BoundedMemo<K, V> {
  private final int capacity;
  private final Function<K, V> compute;
  private final Map<K, V> answers = new ConcurrentHashMap<>();

  BoundedMemo(int capacity, Function<K, V> compute) {
    this.capacity = capacity;
    this.compute = compute;
  }

  /** The function's answer for {@code key}, computed when not remembered (never null). */
  V get(K key) {
    V v = answers.get(key);
    if (v == null) {
      v = compute.apply(key);
      if (answers.size() >= capacity) answers.clear();
      answers.put(key, v);
    }
    return v;
  }
}
