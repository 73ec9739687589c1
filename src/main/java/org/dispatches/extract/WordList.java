package org.dispatches.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A fixed set of ASCII words that answers whether a stretch of a text is one of them without
 * cutting the stretch out: words are grouped by length and compared in place.
 */
final class WordList {
  private final String[][] byLength;

  WordList(Collection<String> words) {
    int longest = words.stream().mapToInt(String::length).max().orElse(0);
    List<List<String>> groups = new ArrayList<>();
    for (int i = 0; i <= longest; i++) groups.add(new ArrayList<>());
    for (String w : words) groups.get(w.length()).add(w);
    byLength = groups.stream().map(g -> g.toArray(String[]::new)).toArray(String[][]::new);
  }

  /** Whether text[start, end) is one of the words; {@code ignoreCase} folds ASCII letters only when the stretch is ASCII. */
  boolean contains(String text, int start, int end, boolean ignoreCase) {
    int n = end - start;
    if (n >= byLength.length) return false;
    if (byLength[n].length == 0) return false;
    char first = text.charAt(start);
    if (ignoreCase && first >= 'A' && first <= 'Z') first = (char) (first + 32);
    for (String w : byLength[n]) {
      // the first letter decides most comparisons, without the call
      char wf = w.charAt(0);
      if ((ignoreCase ? (wf >= 'A' && wf <= 'Z' ? (char) (wf + 32) : wf) : wf) != first) continue;
      if (text.regionMatches(ignoreCase, start, w, 0, n)) return true;
    }
    return false;
  }
}
