package org.dispatches.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;

/**
 * An analyzer of text fields: every language's analysis first removes invisible characters (soft
 * hyphens, zero-width joiners), so that they never split or hide a word.
 */
abstract class VisibleTextAnalyzer extends Analyzer {
  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return InvisibleCharFilter.wrap(reader);
  }
}
