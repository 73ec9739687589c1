package org.dispatches.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The folded name forms of the words of one text, computed once per distinct word: a text names
 * the same people again and again, and folding and phonetic codes are the costly part of a fuzzy
 * match. One instance serves one extraction on one thread and is then dropped.
 */
final class WordForms {
  /** The folded forms of one written word, and whether its letters are all Latin. */
  record Word(List<NameForm> forms, boolean latin) {}

  private final Map<String, Word> byWord = new HashMap<>();

  /** The forms of a word as written (no spaces). */
  Word of(String word) {
    Word w = byWord.get(word);
    if (w == null) {
      List<String> folded = NameKey.tokens(word);
      List<NameForm> forms = new ArrayList<>(folded.size());
      for (String f : folded) forms.add(new NameForm(f));
      w = new Word(forms, TransliterationIndex.isLatin(word));
      byWord.put(word, w);
    }
    return w;
  }
}
