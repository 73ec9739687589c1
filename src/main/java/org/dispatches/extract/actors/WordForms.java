package org.dispatches.extract.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * The folded name forms of written words, computed once per distinct word and kept across texts:
 * texts name the same people and open sentences with the same capitalized words again and again,
 * and folding was a tenth of all extraction when each text folded its words anew. One instance
 * serves one extractor (and its gazetteer) on any number of threads; it forgets everything when
 * full, as a corpus has more distinct capitalized words than are worth keeping.
 */
final class WordForms {
  /** Distinct words kept before the cache starts over. */
  private static final int MAX_REMEMBERED = 1 << 15;

  private final Gazetteer gazetteer;
  private final BoundedMemo<String, Word> byWord = new BoundedMemo<>(MAX_REMEMBERED, this::fold);

  WordForms(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The folded forms of one written word, whether its letters are all Latin, and, asked once, whether
   * a transliteration variant of a known name may start or end with it. Nearly every pair of
   * capitalized words has the start of some name, so only comparing the word with the names' first
   * and last tokens rules most out; each word is compared once, not once per text.
   */
  static final class Word {
    private static final byte UNKNOWN = 0, NO = 1, YES = 2;
    private final List<NameForm> forms;
    private final boolean latin;
    private final Gazetteer gazetteer;
    /**
     * The {@link NameForm#start} of the word's one form when it has one of four letters or more, the
     * only words that can be a lone surname; else -2, which no form's start is. Kept here, so that
     * the surname count rules most words out without reading their forms.
     */
    final int surnameStart;

    /** Computed on first use; threads that race compute the same answer. */
    private byte startsVariant, endsVariant;

    private Word(List<NameForm> forms, boolean latin, Gazetteer gazetteer) {
      this.forms = forms;
      this.latin = latin;
      this.gazetteer = gazetteer;
      this.surnameStart =
          forms.size() == 1 && forms.get(0).folded.length() >= 4 ? forms.get(0).start : -2;
    }

    List<NameForm> forms() {
      return forms;
    }

    boolean latin() {
      return latin;
    }

    /** False when the word has forms and no variant of a known name starts with its first. */
    boolean mayStartVariant() {
      if (forms.isEmpty()) return true;
      if (startsVariant == UNKNOWN)
        startsVariant = gazetteer.mayStartVariantWith(forms.get(0)) ? YES : NO;
      return startsVariant == YES;
    }

    /** False when the word has forms and no variant of a known name ends with its last. */
    boolean mayEndVariant() {
      if (forms.isEmpty()) return true;
      if (endsVariant == UNKNOWN)
        endsVariant = gazetteer.mayEndVariantWith(forms.get(forms.size() - 1)) ? YES : NO;
      return endsVariant == YES;
    }
  }

  /** The forms of a word as written (no spaces). */
  Word of(String word) {
    return byWord.get(word);
  }

  private Word fold(String word) {
    List<String> folded = NameKey.tokens(word);
    List<NameForm> forms = new ArrayList<>(folded.size());
    for (String f : folded) forms.add(new NameForm(f));
    return new Word(List.copyOf(forms), TransliterationIndex.isLatin(word), gazetteer);
  }
}
