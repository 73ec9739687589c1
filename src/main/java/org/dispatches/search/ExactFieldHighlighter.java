package org.dispatches.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.dispatches.index.Fields;

/**
 * A unified highlighter that can also mark matches of the exact-word fields, which store no text
 * and no offsets: their text is read from the stored field they were indexed from (body for
 * body_exact) and analysed again, for the few hits of one page.
 */
class ExactFieldHighlighter extends UnifiedHighlighter {
  /** A highlighter of the view whose merged field infos are {@code infos} (merged once per view, not per highlighter). */
  ExactFieldHighlighter(Builder builder, FieldInfos infos) {
    super(builder);
    this.fieldInfos = infos;
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    String[] stored = new TreeSet<>(
            Arrays.stream(fields).map(Fields::storedTextOf).toList())
        .toArray(new String[0]);
    if (Arrays.equals(stored, fields))
      return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
    List<CharSequence[]> byStored = super.loadFieldValues(stored, docIter, cacheCharsThreshold);
    int[] from = new int[fields.length];
    for (int i = 0; i < fields.length; i++)
      from[i] = Arrays.binarySearch(stored, Fields.storedTextOf(fields[i]));
    List<CharSequence[]> out = new ArrayList<>(byStored.size());
    for (CharSequence[] values : byStored) {
      CharSequence[] mapped = new CharSequence[fields.length];
      for (int i = 0; i < fields.length; i++) mapped[i] = values[from[i]];
      out.add(mapped);
    }
    return out;
  }
}
